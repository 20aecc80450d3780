# api: torch.diagonal
import torch
x = torch.arange(24).reshape(2, 3, 4)
a = x.diagonal(dim1=-2, dim2=-1)
b = torch.diagonal(x, 1, -1, -2)
