# api: torch.distributions.Uniform
import torch
from torch.distributions import Uniform
u = Uniform(torch.tensor([0.0, -1.0]), torch.tensor([2.0, 1.0]))
inside = u.log_prob(torch.tensor([1.0, 0.5]))
cdf = u.cdf(torch.tensor([0.5, 0.0]))
icdf = u.icdf(torch.tensor([0.25, 0.75]))
ent = u.entropy()
mean = u.mean
stddev = u.stddev
_samp = u.rsample((3,))
samp_shape = _samp.shape
ok = bool(((_samp >= u.low) & (_samp < u.high)).all())
