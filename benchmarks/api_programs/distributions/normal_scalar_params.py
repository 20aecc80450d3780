# api: torch.distributions.Normal
import torch
import torch.distributions as D
dist = D.Normal(0.0, 1.0)
lp = dist.log_prob(torch.tensor([-1.0, 0.0, 2.0]))
mean = dist.mean
std = dist.stddev
var = dist.variance
bs = dist.batch_shape
es = dist.event_shape
icdf = dist.icdf(torch.tensor([0.1, 0.5, 0.9]))
_s = dist.sample()
s_shape = _s.shape
rs = dist.rsample((2, 3)).shape
