# api: torch.distributions.InverseGamma
import torch
from torch.distributions import InverseGamma
d = InverseGamma(torch.tensor([3.0]), torch.tensor([2.0]))
mean = d.mean
