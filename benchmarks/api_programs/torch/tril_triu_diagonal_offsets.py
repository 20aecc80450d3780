# api: torch.triu
import torch
x = torch.arange(1, 13, dtype=torch.float32).reshape(3, 4)
a = torch.triu(x, 1)
b = torch.tril(x, diagonal=-1)
c = torch.diag(x)
d = torch.diag(torch.tensor([1, 2, 3]), 1)
e = torch.diagonal(x, offset=1)
f = torch.diag_embed(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
g = torch.diagflat(torch.tensor([5, 6]))
