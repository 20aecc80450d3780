# api: torch.Tensor.mean
import torch
x = torch.arange(12, dtype=torch.float64).reshape(3, 4)
m = x.mean(-1)
m2 = x.mean(dim=[0, 1], keepdim=True)
