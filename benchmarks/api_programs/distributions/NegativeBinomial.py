# api: torch.distributions.NegativeBinomial
import torch
from torch.distributions import NegativeBinomial
d = NegativeBinomial(total_count=torch.tensor([3.0, 5.0]), probs=torch.tensor([0.4, 0.7]))
lp = d.log_prob(torch.tensor([2.0, 10.0]))
mean = d.mean
variance = d.variance
s = d.sample((6,))
sample_shape = s.shape
non_negative = bool((s >= 0).all())
d_logits = NegativeBinomial(4, logits=torch.tensor([0.0]))
lp_logits = d_logits.log_prob(torch.tensor([3.0]))
results = {"lp": lp, "mean": mean, "variance": variance, "sample_shape": sample_shape, "non_negative": non_negative, "lp_logits": lp_logits}
