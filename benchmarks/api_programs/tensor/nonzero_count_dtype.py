# api: torch.Tensor.nonzero
import torch
x = torch.tensor([0, 3, 0, 4])
nz = x.nonzero()
dt = nz.dtype
c = x.count_nonzero()
cdt = c.dtype
