# api: torch.distributions.kl_divergence
import torch
from torch.distributions import Normal, Categorical, Bernoulli, Uniform, kl_divergence
kl_nn = kl_divergence(Normal(0.0, 1.0), Normal(torch.tensor([1.0, 0.0]), torch.tensor([1.0, 2.0])))
kl_cc = kl_divergence(Categorical(probs=torch.tensor([0.5, 0.5])), Categorical(logits=torch.tensor([1.0, 0.0])))
kl_bb = kl_divergence(Bernoulli(torch.tensor([0.2, 0.7])), Bernoulli(torch.tensor([0.5, 0.5])))
kl_uu = kl_divergence(Uniform(0.0, 1.0), Uniform(-1.0, 2.0))
kl_un = kl_divergence(Uniform(0.0, 1.0), Normal(0.0, 1.0))
