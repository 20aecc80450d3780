# api: torch.distributions.Binomial
import torch
from torch.distributions import Binomial, Geometric
b = Binomial(10, torch.tensor([0.2, 0.5]))
b_lp = b.log_prob(torch.tensor([2.0, 5.0]))
b_mean = b.mean
b_var = b.variance
g = Geometric(probs=torch.tensor([0.25, 0.5]))
g_lp = g.log_prob(torch.tensor([0.0, 3.0]))
g_mean = g.mean
g_ent = g.entropy()
