# api: torch.distributions.OneHotCategorical
import torch
from torch.distributions import OneHotCategorical
d = OneHotCategorical(probs=torch.tensor([0.1, 0.2, 0.3, 0.4]))
lp = d.log_prob(torch.tensor([0.0, 0.0, 1.0, 0.0]))
entropy = d.entropy()
mean = d.mean
s = d.sample((5,))
sample_shape = s.shape
one_hot_rows = bool((s.sum(-1) == 1).all())
d_logits = OneHotCategorical(logits=torch.tensor([[0.0, 1.0], [2.0, 0.0]]))
probs = d_logits.probs
results = {"lp": lp, "entropy": entropy, "mean": mean, "sample_shape": sample_shape, "one_hot_rows": one_hot_rows, "probs": probs}
