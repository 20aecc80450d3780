# api: torch.distributions.Dirichlet
import torch
from torch.distributions import Dirichlet
d = Dirichlet(torch.tensor([[1.0, 2.0, 3.0], [0.5, 0.5, 0.5]]))
lp = d.log_prob(torch.tensor([0.2, 0.3, 0.5]))
ent = d.entropy()
mean, var = d.mean, d.variance
bs, es = d.batch_shape, d.event_shape
_s = d.sample((5,))
s_shape = _s.shape
s_sum = _s.sum(-1)
