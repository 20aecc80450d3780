# api: torch.distributions.Gumbel
import torch
from torch.distributions import Gumbel
d = Gumbel(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0]))
lp = d.log_prob(torch.tensor([0.5, -1.0]))
cdf = d.cdf(torch.tensor([0.0, 1.0]))
mean = d.mean
entropy = d.entropy()
sample_shape = d.rsample((3,)).shape
