# api: torch.nonzero
import torch
x = torch.zeros(2, 3)
r, c = torch.nonzero(x, as_tuple=True)
