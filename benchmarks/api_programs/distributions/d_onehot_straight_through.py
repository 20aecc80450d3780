# api: torch.distributions.OneHotCategorical
import torch
from torch.distributions import OneHotCategorical
d = OneHotCategorical(probs=torch.tensor([[0.1, 0.6, 0.3], [0.3, 0.3, 0.4]]))
lp = d.log_prob(torch.tensor([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]))
ent = d.entropy()
mean, mode, var = d.mean, d.mode, d.variance
_s = d.sample((4,))
s_shape = _s.shape
s_rows = _s.sum(-1)
enum = d.enumerate_support()
