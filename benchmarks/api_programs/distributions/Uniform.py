# api: torch.distributions.Uniform
import torch
from torch.distributions import Uniform
d = Uniform(0.0, 4.0)
lp = d.log_prob(torch.tensor([1.0, 3.0]))
ent = d.entropy()
