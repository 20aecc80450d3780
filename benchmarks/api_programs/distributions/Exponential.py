# api: torch.distributions.Exponential
import torch
import torch.distributions as D
d = D.Exponential(rate=torch.tensor([0.5, 2.0]))
lp = d.log_prob(torch.tensor([1.0, 1.0]))
var = d.variance
