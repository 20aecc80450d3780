# api: torch.tensor
import torch
t = torch.tensor([[True, 2], [3, False]])
t_dtype = t.dtype
u = torch.tensor([[0.5, True]])
u_dtype = u.dtype
