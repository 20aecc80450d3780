# api: torch.distributions.LowRankMultivariateNormal
import torch
from torch.distributions import LowRankMultivariateNormal
d = LowRankMultivariateNormal(torch.zeros(3), torch.tensor([[1.0], [0.5], [0.0]]), torch.tensor([1.0, 0.5, 2.0]))
lp = d.log_prob(torch.tensor([0.5, -0.5, 1.0]))
ent = d.entropy()
cov = d.covariance_matrix
var = d.variance
s = d.rsample((2,)).shape
