# api: torch.distributions.Poisson
import torch
from torch.distributions import Exponential, Poisson
e = Exponential(rate=torch.tensor([0.5, 2.0]))
e_lp = e.log_prob(torch.tensor([1.0, 0.25]))
e_cdf = e.cdf(torch.tensor([1.0, 1.0]))
e_mean = e.mean
e_ent = e.entropy()
p = Poisson(torch.tensor([1.0, 4.0]))
p_lp = p.log_prob(torch.tensor([0.0, 3.0]))
p_mean = p.mean
p_var = p.variance
p_draw_dtype = p.sample().dtype
