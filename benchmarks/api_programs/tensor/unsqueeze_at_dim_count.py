# api: torch.Tensor.unsqueeze
import torch
x = torch.zeros(2, 3)
a = x.unsqueeze(x.dim()).shape
b = x.unsqueeze(-x.dim() - 1).shape
