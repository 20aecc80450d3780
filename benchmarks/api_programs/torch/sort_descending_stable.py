# api: torch.sort
import torch
x = torch.tensor([3, 1, 2, 1, 3])
s, idx = torch.sort(x, descending=True, stable=True)
s2 = torch.sort(x, stable=True).indices
f = torch.tensor([[0.5, -1.0, 2.0], [1.0, 0.0, -2.0]])
fs = torch.sort(f, dim=0).values
idx_dtype = idx.dtype
