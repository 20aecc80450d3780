# api: torch.distributions.Normal
import torch
from torch.distributions import Normal, kl_divergence
mu = torch.tensor([0.5, -1.0])
logvar = torch.tensor([0.1, -0.3])
std = torch.exp(0.5 * logvar)
q = Normal(mu, std)
p = Normal(torch.zeros(2), torch.ones(2))
kl = kl_divergence(q, p).sum()
z = mu + std * torch.ones(2)
logp = q.log_prob(z).sum()
kl_manual = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
ent = q.entropy()
