# api: torch.einsum
import torch
a = torch.arange(3.0)
b = torch.ones(3)
c = torch.einsum('i,i->', a, b)
d = c.dim()
e = torch.einsum('ij->', torch.ones(2, 3))
