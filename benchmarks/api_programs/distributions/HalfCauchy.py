# api: torch.distributions.HalfCauchy
import torch
from torch.distributions.half_cauchy import HalfCauchy
d = HalfCauchy(torch.tensor([1.0]))
lp = d.log_prob(torch.tensor([0.5]))
