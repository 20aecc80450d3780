# api: torch.arange
import torch
x = torch.ones(3, 5)
a = torch.arange(x.size(-1))
b = torch.arange(x.shape[0]).dtype
c = torch.eye(x.size(0))
d = torch.arange(x.size(0), dtype=x.dtype)
