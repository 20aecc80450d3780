# api: torch.set_default_dtype
import torch
torch.set_default_dtype(torch.float64)
a = torch.tensor([1.5])
b = torch.arange(0.0, 2.0)
c = torch.ones(2)
d = torch.get_default_dtype()
e = torch.tensor([1, 2])
f = torch.randn(2).dtype
torch.set_default_dtype(torch.float32)
g = torch.tensor([1.5]).dtype
