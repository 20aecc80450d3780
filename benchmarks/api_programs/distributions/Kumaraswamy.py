# api: torch.distributions.Kumaraswamy
import torch
from torch.distributions import Kumaraswamy
d = Kumaraswamy(torch.tensor([2.0, 0.5]), torch.tensor([3.0, 1.5]))
lp = d.log_prob(torch.tensor([0.3, 0.6]))
mean = d.mean
variance = d.variance
s = d.sample((4,))
sample_shape = s.shape
in_unit = bool(((s > 0) & (s < 1)).all())
results = {"lp": lp, "mean": mean, "variance": variance, "sample_shape": sample_shape, "in_unit": in_unit}
