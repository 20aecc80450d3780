# api: torch.distributions.Weibull
import torch
from torch.distributions import Weibull
d = Weibull(torch.tensor([1.0]), torch.tensor([1.5]))
m = d.mean
