# api: torch.distributions.Bernoulli
import torch
from torch.distributions import Bernoulli
d = Bernoulli(logits=torch.tensor([0.0, 2.0]))
lp = d.log_prob(torch.tensor([1.0, 0.0]))
