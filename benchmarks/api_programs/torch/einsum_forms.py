# api: torch.einsum
import torch
a = torch.arange(6, dtype=torch.float32).reshape(2, 3)
b = torch.arange(12, dtype=torch.float32).reshape(3, 4)
mm = torch.einsum('ij,jk->ik', a, b)
tr = torch.einsum('ii', torch.eye(3) * 2)
outer = torch.einsum('i,j->ij', torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0, 5.0]))
bmm = torch.einsum('bij,bjk->bik', a.unsqueeze(0).repeat(2, 1, 1), b.unsqueeze(0).repeat(2, 1, 1))
total = torch.einsum('ij->', a)
transposed = torch.einsum('ij->ji', a)
diag = torch.einsum('ii->i', torch.eye(3))
ell = torch.einsum('...ij,...jk->...ik', a, b)
listed = torch.einsum('ij,jk', [a, b])
