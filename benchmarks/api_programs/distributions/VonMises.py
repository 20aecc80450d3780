# api: torch.distributions.VonMises
import torch
from torch.distributions import VonMises
d = VonMises(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 4.0]))
lp = d.log_prob(torch.tensor([0.5, 1.0]))
mean = d.mean
variance = d.variance
s = d.sample((5,))
sample_shape = s.shape
results = {"lp": lp, "mean": mean, "variance": variance, "sample_shape": sample_shape}
