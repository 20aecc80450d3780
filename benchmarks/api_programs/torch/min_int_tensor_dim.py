# api: torch.min
import torch
x = torch.tensor([[3, 1, 2], [0, 5, -1]])
mn = torch.min(x, dim=-1)
vals = mn.values
idx = mn.indices
whole = torch.min(x)
idx_dtype = idx.dtype
