# api: torch.distributions.LogisticNormal
import torch
from torch.distributions import LogisticNormal
d = LogisticNormal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.5]))
lp = d.log_prob(torch.tensor([0.2, 0.5, 0.3]))
s = d.sample((4,))
sample_shape = s.shape
sums_to_one = bool(torch.allclose(s.sum(-1), torch.ones(4)))
results = {"lp": lp, "sample_shape": sample_shape, "sums_to_one": sums_to_one}
