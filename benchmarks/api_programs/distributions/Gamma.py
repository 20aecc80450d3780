# api: torch.distributions.Gamma
import torch
from torch.distributions import Gamma
d = Gamma(torch.tensor([2.0]), torch.tensor([0.5]))
lp = d.log_prob(torch.tensor([1.0, 4.0]))
