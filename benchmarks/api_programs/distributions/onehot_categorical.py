# api: torch.distributions.OneHotCategorical
import torch
from torch.distributions import OneHotCategorical
oh = OneHotCategorical(probs=torch.tensor([0.1, 0.6, 0.3]))
lp = oh.log_prob(torch.tensor([0.0, 1.0, 0.0]))
ent = oh.entropy()
sample_shape = tuple(oh.sample((4,)).shape)
rows = oh.sample((4,)).sum(-1)
es = oh.event_shape
mean = oh.mean
support = oh.enumerate_support()
