# api: torch.distributions.Exponential
import torch
from torch.distributions import Exponential, Laplace
e = Exponential(rate=torch.tensor([0.5, 2.0]))
e_lp = e.log_prob(torch.tensor([1.0, 0.1]))
e_cdf = e.cdf(torch.tensor([1.0, 0.1]))
e_icdf = e.icdf(torch.tensor([0.5, 0.9]))
e_stats = (e.mean, e.stddev, e.variance, e.mode, e.entropy())
l = Laplace(0.0, torch.tensor([1.0, 3.0]))
l_lp = l.log_prob(torch.tensor([-1.0, 2.0]))
l_cdf = l.cdf(torch.tensor([-1.0, 2.0]))
l_icdf = l.icdf(torch.tensor([0.1, 0.8]))
l_ent = l.entropy()
rs = l.rsample((3,)).shape
