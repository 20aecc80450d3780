# api: torch.distributions.Gamma
import torch
from torch.distributions import Gamma, Beta
g = Gamma(torch.tensor([2.0, 3.5]), torch.tensor([1.0, 0.5]))
g_mean, g_var, g_mode = g.mean, g.variance, g.mode
g_lp = g.log_prob(torch.tensor([1.0, 4.0]))
g_ent = g.entropy()
g_cdf = g.cdf(torch.tensor([1.0, 4.0]))
b = Beta(torch.tensor([2.0, 0.5]), torch.tensor([3.0, 0.5]))
b_mean, b_var = b.mean, b.variance
b_lp = b.log_prob(torch.tensor([0.3, 0.9]))
b_ent = b.entropy()
gs = g.sample((6,)).shape
bs = b.sample((2, 3)).shape
