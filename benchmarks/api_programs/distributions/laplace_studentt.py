# api: torch.distributions.Laplace
import torch
from torch.distributions import Laplace, StudentT, Cauchy
l = Laplace(0.0, torch.tensor([1.0, 2.0]))
l_lp = l.log_prob(torch.tensor([0.5, -1.0]))
l_cdf = l.cdf(torch.tensor([0.5, -1.0]))
l_var = l.variance
t = StudentT(df=torch.tensor([3.0, 10.0]))
t_lp = t.log_prob(torch.tensor([0.5, -1.0]))
t_var = t.variance
c = Cauchy(torch.tensor([0.0]), torch.tensor([1.0]))
c_lp = c.log_prob(torch.tensor([2.0]))
c_cdf = c.cdf(torch.tensor([2.0]))
