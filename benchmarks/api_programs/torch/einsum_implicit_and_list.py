# api: torch.einsum
import torch
a = torch.arange(6.0).reshape(2, 3)
b = torch.arange(6.0).reshape(3, 2)
c = torch.einsum('ij,jk', a, b)
d = torch.einsum('ij->ji', [a])
e = torch.einsum('ii', torch.eye(3))
f = torch.einsum('i,j', torch.ones(2), torch.arange(3.0))
