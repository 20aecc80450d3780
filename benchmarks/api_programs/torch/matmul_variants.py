# api: torch.matmul
import torch
a = torch.arange(6.).view(2, 3)
b = torch.arange(12.).view(3, 4)
m = a @ b
mv = torch.matmul(a, torch.ones(3))
vv = torch.ones(3) @ torch.arange(3.)
bm = torch.matmul(torch.ones(5, 2, 3), b)
bb = torch.bmm(torch.ones(2, 2, 3), torch.ones(2, 3, 1))
mm = a.mm(b)
ints = torch.arange(4).view(2, 2) @ torch.arange(4).view(2, 2)
