# api: torch.distributions.ExponentialFamily
import torch
from torch.distributions import ExponentialFamily, Normal, Categorical
d = Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0]))
is_ef = isinstance(d, ExponentialFamily)
is_ef_cat = isinstance(Categorical(torch.tensor([0.3, 0.7])), ExponentialFamily)
bregman_entropy = ExponentialFamily.entropy(d)
