# api: torch.einsum
import torch
a = torch.arange(6.0).reshape(2, 3)
b = torch.arange(6.0).reshape(3, 2)
c = torch.einsum('ij,jk->ik', [a, b])
d = torch.einsum('ij,jk->ik', (a, b))
