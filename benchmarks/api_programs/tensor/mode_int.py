# api: torch.Tensor.mode
import torch
x = torch.tensor([[1, 2, 2, 3], [4, 4, 5, 5]])
v, i = x.mode(dim=1)
