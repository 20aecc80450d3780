# api: torch.unique
import torch
x = torch.tensor([2.5, -1.0, 2.5, 0.0, -1.0, 2.5])
out = torch.unique(x, return_inverse=True, return_counts=True)
u = out[0]
inv = out[1]
cnt = out[2]
inv_dtype = inv.dtype
n_unique = len(u)
cols = torch.unique(torch.tensor([[1, 1, 2], [3, 3, 4]]), dim=1)
