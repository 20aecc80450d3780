# api: torch.Tensor.unique
import torch
x = torch.tensor([3, 1, 2, 3, 1, 3])
u, inv, cnt = x.unique(return_inverse=True, return_counts=True)
s = x.unique(sorted=True)
