# api: torch.distributions.Normal
import torch
from torch.distributions.normal import Normal
loc = torch.zeros(3, 1)
scale = torch.tensor([1.0, 2.0])
n = Normal(loc=loc, scale=scale)
batch = n.batch_shape
x = torch.arange(6.0).reshape(3, 2) / 3
log_p = n.log_prob(x)
total = log_p.sum()
entropy = n.entropy()
perplexity = n.perplexity() if hasattr(n, "perplexity") else None
expanded = n.expand((4, 3, 2)).batch_shape
