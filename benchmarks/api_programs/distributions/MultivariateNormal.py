# api: torch.distributions.MultivariateNormal
import torch
from torch.distributions import MultivariateNormal
d = MultivariateNormal(torch.zeros(2), covariance_matrix=torch.tensor([[2.0, 0.5], [0.5, 1.0]]))
lp = d.log_prob(torch.tensor([[0.0, 0.0], [1.0, -1.0]]))
