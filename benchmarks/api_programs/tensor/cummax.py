# api: torch.Tensor.cummax
import torch
x = torch.tensor([1, 3, 2, 5, 4])
values, indices = x.cummax(0)
