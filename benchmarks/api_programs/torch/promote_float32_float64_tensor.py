# api: torch.add
import torch
a = torch.tensor([1.0, 2.0], dtype=torch.float32)
b = torch.tensor([0.25, 0.5], dtype=torch.float64)
s = a + b
p = torch.mul(a, b)
s_dtype = s.dtype
m = torch.maximum(a, b)
