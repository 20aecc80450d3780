# api: torch.distributions.MultivariateNormal
import torch
from torch.distributions import MultivariateNormal
mu = torch.tensor([1.0, -1.0])
L = torch.tensor([[1.0, 0.0], [0.5, 2.0]])
m = MultivariateNormal(mu, scale_tril=L)
cov = m.covariance_matrix
prec = m.precision_matrix
lp = m.log_prob(torch.tensor([[0.0, 0.0], [1.0, 1.0]]))
ent = m.entropy()
es = m.event_shape
bs = m.batch_shape
var = m.variance
m2 = MultivariateNormal(torch.zeros(3), covariance_matrix=torch.eye(3) * 2)
lp2 = m2.log_prob(torch.ones(3))
tril2 = m2.scale_tril
