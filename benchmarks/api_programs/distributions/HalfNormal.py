# api: torch.distributions.HalfNormal
import torch
from torch.distributions import HalfNormal
d = HalfNormal(2.0)
lp = d.log_prob(torch.tensor([0.5, 1.5]))
