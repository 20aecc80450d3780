# api: torch.distributions.Laplace
import torch
from torch.distributions import Laplace
d = Laplace(0.0, 2.0)
lp = d.log_prob(torch.tensor([1.0]))
