# api: torch.distributions.Chi2
import torch
from torch.distributions import Chi2
d = Chi2(torch.tensor([2.0, 4.0]))
lp = d.log_prob(torch.tensor([1.0, 3.0]))
mean = d.mean
