# api: torch.distributions.Beta
import torch
from torch.distributions import Beta, Gamma
b = Beta(torch.tensor([2.0, 0.5]), torch.tensor([3.0, 0.5]))
b_mean = b.mean
b_var = b.variance
b_lp = b.log_prob(torch.tensor([0.3, 0.9]))
b_ent = b.entropy()
g = Gamma(concentration=torch.tensor([1.0, 3.0]), rate=torch.tensor([2.0, 0.5]))
g_mean = g.mean
g_var = g.variance
g_lp = g.log_prob(torch.tensor([0.5, 4.0]))
g_ent = g.entropy()
g_shape = g.sample((2,)).shape
