# api: torch.distributions.Independent
import torch
from torch.distributions import Independent, Normal
base = Normal(torch.zeros(4, 3), torch.ones(4, 3))
ind = Independent(base, 1)
bs = ind.batch_shape
es = ind.event_shape
lp = ind.log_prob(torch.full((4, 3), 0.5))
lp_shape = lp.shape
ent = ind.entropy()
mean = ind.mean
