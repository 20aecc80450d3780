# api: torch.distributions.Normal
import torch
from torch.distributions import Normal
d = Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0]))
lp = d.log_prob(torch.tensor([0.5, 0.5]))
cdf = d.cdf(torch.tensor([0.0, 1.0]))
ent = d.entropy()
sample = d.sample((3,))
results = {"lp": lp, "cdf": cdf, "ent": ent, "sample_shape": sample.shape}
