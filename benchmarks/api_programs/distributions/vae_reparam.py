# api: torch.distributions.Normal
import torch
from torch.distributions import Normal, kl_divergence
mu = torch.tensor([[0.1, -0.2], [0.3, 0.0]], requires_grad=True)
logvar = torch.tensor([[0.0, 0.2], [-0.1, 0.1]], requires_grad=True)
q = Normal(mu, torch.exp(0.5 * logvar))
p = Normal(torch.zeros_like(mu), torch.ones_like(mu))
kl = kl_divergence(q, p).sum(dim=1).mean()
kl.backward()
g_mu = mu.grad
g_logvar = logvar.grad
has_rsample = q.has_rsample
