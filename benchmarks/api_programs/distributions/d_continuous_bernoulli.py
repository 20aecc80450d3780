# api: torch.distributions.ContinuousBernoulli
import torch
from torch.distributions import ContinuousBernoulli
d = ContinuousBernoulli(probs=torch.tensor([0.2, 0.5, 0.9]))
lp = d.log_prob(torch.tensor([0.1, 0.5, 0.8]))
mean = d.mean
var = d.variance
ent = d.entropy()
cdf = d.cdf(torch.tensor([0.1, 0.5, 0.8]))
