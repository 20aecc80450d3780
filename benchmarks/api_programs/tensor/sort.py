# api: torch.Tensor.sort
import torch
x = torch.tensor([[3, 1, 2], [0, 5, 4]])
values, indices = x.sort(dim=1)
