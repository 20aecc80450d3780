# api: torch.distributions.Normal
import torch
from torch.distributions import Normal
d = Normal(loc=torch.tensor([[0.0, 1.0], [2.0, -1.0]]), scale=torch.tensor([0.5, 2.0]))
mean = d.mean
mode = d.mode
std = d.stddev
var = d.variance
ent = d.entropy()
ppl = d.perplexity()
cdf = d.cdf(torch.tensor([0.3, 0.0]))
icdf = d.icdf(torch.tensor([0.25, 0.75]))
bs = d.batch_shape
es = d.event_shape
rs = d.rsample((5,)).shape
dt = d.sample().dtype
