# api: torch.distributions.Cauchy
import torch
from torch.distributions import Cauchy
d = Cauchy(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.5]))
lp = d.log_prob(torch.tensor([0.5, 2.0]))
cdf = d.cdf(torch.tensor([0.0, 1.5]))
icdf = d.icdf(torch.tensor([0.25, 0.9]))
entropy = d.entropy()
sample_shape = d.sample((3,)).shape
