# api: torch.distributions.Bernoulli
import torch
from torch.distributions import Bernoulli
p = torch.tensor([0.2, 0.7])
d = Bernoulli(probs=p)
lp = d.log_prob(torch.tensor([1.0, 0.0]))
m = d.mean
v = d.variance
