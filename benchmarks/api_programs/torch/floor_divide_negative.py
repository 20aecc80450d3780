# api: torch.floor_divide
import torch
a = torch.tensor([7, -7, 7, -7])
b = torch.tensor([2, 2, -2, -2])
fd = torch.floor_divide(a, b)
ff = torch.floor_divide(torch.tensor([7.5, -7.5]), 2)
td = torch.true_divide(a, 2)
fd_dtype = fd.dtype
