# api: torch.distributions.TransformedDistribution
import torch
from torch.distributions import TransformedDistribution, Normal
from torch.distributions.transforms import AffineTransform, ExpTransform
d = TransformedDistribution(Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.5])), [AffineTransform(1.0, 2.0), ExpTransform()])
x = torch.tensor([1.5, 4.0])
lp = d.log_prob(x)
cdf = d.cdf(x)
icdf = d.icdf(torch.tensor([0.3, 0.6]))
bs = d.batch_shape
s = d.rsample((3,)).shape
