# api: torch.einsum
import torch
a = torch.arange(12.0).reshape(2, 2, 3)
b = torch.arange(12.0).reshape(2, 3, 2)
c = torch.einsum('...ij,...jk->...ik', a, b)
d = torch.einsum('...i->...', a)
