# api: torch.Tensor.unique
import torch
x = torch.tensor([3, 1, 3, 2, 1])
u = x.unique()
u2, inv = x.unique(return_inverse=True)
