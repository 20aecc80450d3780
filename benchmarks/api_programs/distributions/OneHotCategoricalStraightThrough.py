# api: torch.distributions.OneHotCategoricalStraightThrough
import torch
from torch.distributions import OneHotCategoricalStraightThrough
logits = torch.tensor([[1.0, 2.0, 0.5], [0.0, 0.0, 3.0]], requires_grad=True)
d = OneHotCategoricalStraightThrough(logits=logits)
s = d.rsample()
sample_shape = s.shape
one_hot_rows = bool((s.detach().sum(-1) == 1).all())
lp = d.log_prob(torch.tensor([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]))
(s * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
has_grad = logits.grad is not None
results = {"sample_shape": sample_shape, "one_hot_rows": one_hot_rows, "lp": lp, "has_grad": has_grad}
