# api: torch.distributions.Poisson
import torch
from torch.distributions import Poisson, Geometric
p = Poisson(torch.tensor([0.5, 3.0, 10.0]))
p_lp = p.log_prob(torch.tensor([0.0, 2.0, 12.0]))
p_mean, p_var, p_mode = p.mean, p.variance, p.mode
g = Geometric(logits=torch.tensor([0.0, -2.0]))
g_lp = g.log_prob(torch.tensor([3.0, 0.0]))
g_ent = g.entropy()
g_probs = g.probs
g_mean = g.mean
ps = p.sample((4,)).shape
ps_dtype = p.sample().dtype
