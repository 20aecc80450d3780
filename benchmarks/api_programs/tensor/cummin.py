# api: torch.Tensor.cummin
import torch
x = torch.tensor([[3.0, 1.0, 2.0, 0.5], [1.0, 4.0, 0.0, 2.0]])
values, indices = x.cummin(dim=1)
