# api: torch.Tensor.__add__
import torch
a = torch.tensor([200, 250, 10], dtype=torch.uint8)
b = torch.tensor([100, 10, 5], dtype=torch.uint8)
s = a + b
d = b - a
m = a * 2
s_dtype = s.dtype
