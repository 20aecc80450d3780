# api: torch.count_nonzero
import torch
x = torch.tensor([[0, 1, 2], [0, 0, 3]])
a = torch.count_nonzero(x)
b = torch.count_nonzero(x, dim=0)
c = torch.count_nonzero(x, dim=(0, 1))
b_dtype = b.dtype
