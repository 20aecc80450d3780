# api: torch.matmul
import torch
a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([5, 6])
mv = torch.matmul(a, b)
mm = torch.mm(a, a)
bat = torch.matmul(torch.ones(3, 2, 4), torch.ones(4, 5))
vv = torch.matmul(b, b)
bmm = torch.bmm(torch.ones(2, 2, 3, dtype=torch.float64), torch.ones(2, 3, 1, dtype=torch.float64))
mv_dtype = mv.dtype
