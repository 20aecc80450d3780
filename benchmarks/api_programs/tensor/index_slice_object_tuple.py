# api: torch.Tensor.__getitem__
import torch
x = torch.arange(12).reshape(3, 4)
idx = (slice(0, 2), 1)
a = x[idx]
b = x[slice(None, None, 2)]
