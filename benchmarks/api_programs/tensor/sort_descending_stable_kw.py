# api: torch.Tensor.sort
import torch
x = torch.tensor([3, 1, 2, 1, 3])
out = x.sort(descending=True, stable=True)
values, indices = out
