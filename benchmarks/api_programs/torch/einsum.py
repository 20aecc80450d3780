# api: torch.einsum
import torch
a = torch.arange(6.).view(2, 3)
b = torch.arange(12.).view(3, 4)
c = torch.einsum('ij,jk->ik', a, b)
tr = torch.einsum('ii', torch.eye(3))
