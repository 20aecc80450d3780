# api: torch.distributions.kl_divergence
import torch
from torch.distributions import Independent, Normal, MultivariateNormal, kl_divergence
p = Independent(Normal(torch.zeros(2, 3), torch.ones(2, 3)), 1)
q = Independent(Normal(torch.tensor([0.5, 0.0, -0.5]), torch.tensor([1.0, 2.0, 0.5])), 1)
kl_ind = kl_divergence(p, q)
a = MultivariateNormal(torch.zeros(2), torch.eye(2))
b = MultivariateNormal(torch.tensor([1.0, -1.0]), torch.tensor([[2.0, 0.5], [0.5, 1.0]]))
kl_mvn = kl_divergence(a, b)
kl_rev = kl_divergence(b, a)
