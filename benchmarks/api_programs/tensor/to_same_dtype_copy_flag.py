# api: torch.Tensor.to
import torch
x = torch.tensor([1., 2.])
y = x.to(torch.float32, copy=True)
y[0] = 5.
z = x.to(x.dtype)
