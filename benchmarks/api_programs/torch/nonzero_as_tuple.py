# api: torch.nonzero
import torch
x = torch.tensor([[0, 1, 0], [2, 0, 3]])
nz = torch.nonzero(x)
rows, cols = torch.nonzero(x, as_tuple=True)
count = nz.shape[0]
empty = torch.nonzero(torch.zeros(3))
empty_shape = empty.shape
nz_dtype = nz.dtype
