# api: torch.Tensor.min
import torch
x = torch.tensor([[5, 2, 8], [1, 9, 3]])
v, i = x.min(1, keepdim=True)
vdt = v.dtype
