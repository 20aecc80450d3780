# api: torch.distributions.Independent
import torch
from torch.distributions import Independent, Normal
base = Normal(torch.zeros(3, 4), torch.full((3, 4), 2.0))
d = Independent(base, 1)
bs = d.batch_shape
es = d.event_shape
lp = d.log_prob(torch.ones(3, 4))
ent = d.entropy()
mean = d.mean
var = d.variance
d2 = Independent(base, 2)
lp2 = d2.log_prob(torch.ones(3, 4))
s = d2.sample((5,)).shape
