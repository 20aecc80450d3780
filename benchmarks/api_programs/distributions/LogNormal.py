# api: torch.distributions.LogNormal
import torch
from torch.distributions import LogNormal
d = LogNormal(0.0, 1.0)
lp = d.log_prob(torch.tensor([0.5, 1.0, 2.0]))
