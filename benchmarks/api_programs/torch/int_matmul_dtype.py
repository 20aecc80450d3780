# api: torch.matmul
import torch
a = torch.tensor([[1, 2], [3, 4]])
b = a @ a
c = torch.mm(a.int(), a.int())
dtypes = (b.dtype, c.dtype)
