# api: torch.Tensor.unique
import torch
x = torch.tensor([[1, 2], [3, 4], [1, 2]])
u = x.unique(dim=0)
u2, c = x.unique(dim=0, return_counts=True)
