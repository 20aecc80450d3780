# api: torch.Tensor.add_
import torch
x = torch.zeros(2, 2)
torch.Tensor.add_(x[0], 1)
