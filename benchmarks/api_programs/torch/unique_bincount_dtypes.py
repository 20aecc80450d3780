# api: torch.unique
import torch
x = torch.tensor([3, 1, 3, 2], dtype=torch.int32)
u = torch.unique(x)
u_dtype = u.dtype
u2, inv = torch.unique(x, return_inverse=True)
inv_dtype = inv.dtype
bc = torch.bincount(torch.tensor([0, 2, 2, 1]))
bc_dtype = bc.dtype
bcw = torch.bincount(torch.tensor([0, 2, 2]), weights=torch.tensor([0.5, 1.0, 1.0]))
bcw_dtype = bcw.dtype
