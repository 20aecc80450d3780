# api: torch.distributions.Weibull
import torch
from torch.distributions import Weibull, Pareto
w = Weibull(torch.tensor([1.0, 2.0]), torch.tensor([1.5, 0.8]))
w_lp = w.log_prob(torch.tensor([0.5, 3.0]))
w_stats = (w.mean, w.variance, w.entropy())
w_cdf = w.cdf(torch.tensor([0.5, 3.0]))
p = Pareto(torch.tensor([1.0]), torch.tensor([3.0]))
p_lp = p.log_prob(torch.tensor([1.5, 4.0]))
p_stats = (p.mean, p.variance, p.entropy())
p_icdf = p.icdf(torch.tensor([0.1, 0.5]))
