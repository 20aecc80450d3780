# api: torch.Tensor.__invert__
import torch
b = torch.tensor([True, False])
i = torch.tensor([0, 5, -1])
u = torch.tensor([0, 5], dtype=torch.uint8)
nb = ~b
ni = ~i
nu = ~u
nb_dtype = nb.dtype
