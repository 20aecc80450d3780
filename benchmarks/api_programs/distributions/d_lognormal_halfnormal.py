# api: torch.distributions.LogNormal
import torch
from torch.distributions import LogNormal, HalfNormal
l = LogNormal(torch.tensor([0.0, 0.5]), torch.tensor([0.25, 1.0]))
l_lp = l.log_prob(torch.tensor([1.0, 2.0]))
l_stats = (l.mean, l.variance, l.mode, l.entropy())
l_cdf = l.cdf(torch.tensor([1.0, 2.0]))
h = HalfNormal(torch.tensor([1.0, 2.0]))
h_lp = h.log_prob(torch.tensor([0.5, 0.1]))
h_stats = (h.mean, h.variance, h.entropy())
h_icdf = h.icdf(torch.tensor([0.5, 0.9]))
