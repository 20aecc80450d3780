# api: torch.Tensor.nonzero
import torch
x = torch.tensor([[0, 1, 0], [2, 0, 3]])
nz = x.nonzero()
rows, cols = x.nonzero(as_tuple=True)
