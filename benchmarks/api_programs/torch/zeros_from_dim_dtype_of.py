# api: torch.zeros
import torch
x = torch.ones(4, 2, dtype=torch.float64)
a = torch.zeros(x.shape[0], dtype=x.dtype)
b = torch.zeros_like(x, dtype=torch.int64)
c = torch.ones_like(x[0])
