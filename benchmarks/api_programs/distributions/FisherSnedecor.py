# api: torch.distributions.FisherSnedecor
import torch
from torch.distributions import FisherSnedecor
d = FisherSnedecor(torch.tensor([5.0, 10.0]), torch.tensor([6.0, 20.0]))
lp = d.log_prob(torch.tensor([1.0, 0.5]))
mean = d.mean
variance = d.variance
s = d.sample((5,))
sample_shape = s.shape
positive = bool((s > 0).all())
results = {"lp": lp, "mean": mean, "variance": variance, "sample_shape": sample_shape, "positive": positive}
