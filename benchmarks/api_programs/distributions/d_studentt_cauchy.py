# api: torch.distributions.StudentT
import torch
from torch.distributions import StudentT, Cauchy, HalfCauchy
t = StudentT(torch.tensor([3.0, 10.0]), loc=torch.tensor([0.0, 1.0]), scale=2.0)
t_lp = t.log_prob(torch.tensor([0.5, -1.0]))
t_stats = (t.mean, t.variance, t.entropy())
c = Cauchy(torch.tensor([0.0]), torch.tensor([2.0]))
c_lp = c.log_prob(torch.tensor([1.0, 3.0]))
c_cdf = c.cdf(torch.tensor([1.0, 3.0]))
c_icdf = c.icdf(torch.tensor([0.25, 0.9]))
h = HalfCauchy(torch.tensor([1.0, 2.0]))
h_lp = h.log_prob(torch.tensor([0.5, 1.5]))
h_ent = h.entropy()
