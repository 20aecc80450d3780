# api: torch.Tensor.cummin
import torch
x = torch.tensor([3, 1, 2, 0])
v, i = x.cummin(0)
