# api: torch.logsumexp
import torch
x = torch.arange(24.0).reshape(2, 3, 4) / 10
a = torch.logsumexp(x, dim=(-1, -2))
b = x.logsumexp((0,), keepdim=True)
