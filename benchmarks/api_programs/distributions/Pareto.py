# api: torch.distributions.Pareto
import torch
from torch.distributions import Pareto
d = Pareto(scale=torch.tensor([1.0, 2.0]), alpha=torch.tensor([3.0, 4.0]))
lp = d.log_prob(torch.tensor([1.5, 3.0]))
mean = d.mean
variance = d.variance
cdf = d.cdf(torch.tensor([2.0, 2.5]))
entropy = d.entropy()
s = d.sample((4,))
above_scale = bool((s >= torch.tensor([1.0, 2.0])).all())
results = {"lp": lp, "mean": mean, "variance": variance, "cdf": cdf, "entropy": entropy, "above_scale": above_scale}
