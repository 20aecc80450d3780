# api: torch.distributions.Beta
import torch
from torch.distributions import Beta
d = Beta(torch.tensor([2.0]), torch.tensor([3.0]))
lp = d.log_prob(torch.tensor([0.4]))
mean = d.mean
