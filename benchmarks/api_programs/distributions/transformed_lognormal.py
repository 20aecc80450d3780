# api: torch.distributions.TransformedDistribution
import torch
from torch.distributions import Normal, TransformedDistribution, LogNormal
from torch.distributions.transforms import ExpTransform, AffineTransform
base = Normal(torch.tensor([0.0, 0.5]), torch.tensor([1.0, 0.5]))
td = TransformedDistribution(base, [ExpTransform()])
ln = LogNormal(torch.tensor([0.0, 0.5]), torch.tensor([1.0, 0.5]))
x = torch.tensor([1.5, 2.0])
lp_td = td.log_prob(x)
lp_ln = ln.log_prob(x)
ln_mean = ln.mean
ln_var = ln.variance
aff = TransformedDistribution(base, AffineTransform(loc=1.0, scale=2.0))
lp_aff = aff.log_prob(torch.tensor([1.0, 3.0]))
