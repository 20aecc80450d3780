# api: torch.Tensor.to
import torch
name = "float64"
dt = getattr(torch, name)
x = torch.tensor([1, 2]).to(dt)
x_dtype = x.dtype
dt2 = getattr(torch, "int8")
y = torch.zeros(2, dtype=dt2)
