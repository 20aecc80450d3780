# api: torch.Tensor.nonzero
import torch
x = torch.tensor([[0, 1], [2, 0], [3, 4]])
nz = x.nonzero()
nz_tuple = x.nonzero(as_tuple=True)
