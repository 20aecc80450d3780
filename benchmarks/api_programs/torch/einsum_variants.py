# api: torch.einsum
import torch
a = torch.arange(6.).view(2, 3)
b = torch.arange(12.).view(3, 4)
mm = torch.einsum("ij,jk->ik", a, b)
tr = torch.einsum("ii", torch.arange(9.).view(3, 3))
outer = torch.einsum("i,j->ij", torch.tensor([1., 2.]), torch.tensor([3., 4., 5.]))
batched = torch.einsum("bij,bjk->bik", a.expand(2, 2, 3), b.expand(2, 3, 4))
lst = torch.einsum("ij,jk", [a, b])
ell = torch.einsum("...ij->...ji", a.unsqueeze(0))
