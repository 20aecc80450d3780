# api: torch.distributions.Uniform
import torch
from torch.distributions import Uniform, Beta, Exponential, Poisson
u = Uniform(torch.tensor([0.0, 1.0]), torch.tensor([2.0, 5.0]))
lo = u.support.lower_bound
hi = u.support.upper_bound
inside = u.support.check(torch.tensor([1.0, 6.0]))
beta_ok = Beta(2.0, 2.0).support.check(torch.tensor([0.5, 1.5]))
exp_ok = Exponential(1.0).support.check(torch.tensor([-0.5, 0.0, 2.0]))
poi_ok = Poisson(2.0).support.check(torch.tensor([0.0, 1.5, 3.0]))
poi_discrete = Poisson(2.0).support.is_discrete
