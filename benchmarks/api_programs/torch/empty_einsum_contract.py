# api: torch.einsum
import torch
a = torch.ones(2, 0)
b = torch.ones(0, 3)
c = torch.einsum('ij,jk->ik', a, b)
