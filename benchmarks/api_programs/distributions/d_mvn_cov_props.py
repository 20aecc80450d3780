# api: torch.distributions.MultivariateNormal
import torch
from torch.distributions import MultivariateNormal
cov = torch.tensor([[2.0, 0.3, 0.1], [0.3, 1.0, 0.2], [0.1, 0.2, 0.5]])
m = MultivariateNormal(torch.tensor([1.0, 0.0, -1.0]), covariance_matrix=cov)
lp = m.log_prob(torch.tensor([[0.0, 0.0, 0.0], [1.0, 1.0, 1.0]]))
ent = m.entropy()
tril = m.scale_tril
prec = m.precision_matrix
var = m.variance
s = m.rsample((4,)).shape
es = m.event_shape
