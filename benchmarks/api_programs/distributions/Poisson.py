# api: torch.distributions.Poisson
import torch
from torch.distributions import Poisson
d = Poisson(torch.tensor([3.0]))
lp = d.log_prob(torch.tensor([0.0, 2.0, 5.0]))
