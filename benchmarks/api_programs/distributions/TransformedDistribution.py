# api: torch.distributions.TransformedDistribution
import torch
from torch.distributions import TransformedDistribution, Normal, ExpTransform, AffineTransform
base = Normal(torch.tensor([0.0, 0.5]), torch.tensor([1.0, 0.5]))
d = TransformedDistribution(base, [ExpTransform()])
lp = d.log_prob(torch.tensor([1.0, 2.0]))
cdf = d.cdf(torch.tensor([1.0, 0.5]))
s = d.sample((4,))
sample_shape = s.shape
positive = bool((s > 0).all())
shifted = TransformedDistribution(Normal(0.0, 1.0), AffineTransform(loc=3.0, scale=2.0))
lp_shifted = shifted.log_prob(torch.tensor([3.0, 5.0]))
results = {"lp": lp, "cdf": cdf, "sample_shape": sample_shape, "positive": positive, "lp_shifted": lp_shifted}
