# api: torch.Tensor.sort
import torch
x = torch.tensor([2, 1, 2, 1, 0])
v, i = x.sort(stable=True)
v2, i2 = x.sort(descending=True, stable=True)
