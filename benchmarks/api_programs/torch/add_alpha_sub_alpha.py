# api: torch.add
import torch
a = torch.tensor([1, 2, 3])
b = torch.tensor([10, 20, 30])
x = torch.add(a, b, alpha=2)
y = torch.sub(b, a, alpha=3)
z = torch.add(a.float(), b, alpha=0.5)
x_dtype = x.dtype
