# api: torch.bmm
import torch
a = torch.arange(12.).view(2, 2, 3)
b = torch.arange(12.).view(2, 3, 2)
c = torch.bmm(a, b)
d = torch.bmm(a, a.transpose(1, 2))
e = torch.baddbmm(torch.ones(2, 2, 2), a, b, beta=0.5, alpha=2)
f = torch.addmm(torch.ones(2), a[0], b[0])
g = torch.tensordot(a, b, dims=([1, 2], [2, 1]))
h = torch.mm(a[0], b[0])
i = torch.mv(a[0], torch.ones(3))
j = torch.einsum("bij,bjk->bik", a, b)
k = a.matmul(b)
l = torch.linalg.matmul(a, b)
m = torch.chain_matmul(a[0], b[0], a[0]) if hasattr(torch, "chain_matmul") else None
n = torch.linalg.multi_dot([a[0], b[0]])
o = torch.kron(torch.eye(2), torch.ones(1, 2))
p = torch.inner(torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0]))
