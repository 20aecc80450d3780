# api: torch.distributions.RelaxedBernoulli
import torch
from torch.distributions import RelaxedBernoulli
d = RelaxedBernoulli(torch.tensor(0.5), probs=torch.tensor([0.2, 0.7]))
lp = d.log_prob(torch.tensor([0.3, 0.9]))
s = d.rsample((4,))
s_shape = s.shape
in_range = bool(((s > 0) & (s < 1)).all())
