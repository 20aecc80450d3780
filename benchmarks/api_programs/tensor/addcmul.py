# api: torch.Tensor.addcmul
import torch
x = torch.arange(6, dtype=torch.float32).reshape(2, 3)
a = torch.full((2, 3), 0.5)
b = torch.tensor([1.0, -2.0, 3.0])
out = x.addcmul(a, b, value=2)
