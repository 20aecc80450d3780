# api: torch.distributions.Binomial
import torch
from torch.distributions import Binomial
d = Binomial(total_count=10, probs=torch.tensor([0.2, 0.5, 0.9]))
lp = d.log_prob(torch.tensor([2.0, 5.0, 10.0]))
mean = d.mean
variance = d.variance
s = d.sample((4,))
sample_shape = s.shape
in_range = bool(((s >= 0) & (s <= 10)).all())
d_logits = Binomial(5, logits=torch.tensor([0.0, 1.0]))
lp_logits = d_logits.log_prob(torch.tensor([1.0, 4.0]))
results = {"lp": lp, "mean": mean, "variance": variance, "sample_shape": sample_shape, "in_range": in_range, "lp_logits": lp_logits}
