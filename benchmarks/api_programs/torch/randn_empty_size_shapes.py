# api: torch.randn
import torch
x = torch.ones(2, 3)
a = torch.randn(x.shape).shape
b = torch.empty(x.size()).shape
c = torch.rand(*x.shape, dtype=torch.float64).dtype
