# api: torch.diagonal
import torch
x = torch.arange(9).reshape(3, 3)
a = torch.diagonal(x)
b = torch.diagonal(x, -1)
c = torch.trace(x)
d = torch.diag(torch.tensor([1.5, 2.5]), -1)
e = torch.diagonal(torch.arange(8).reshape(2, 2, 2), dim1=1, dim2=2)
c_dtype = c.dtype
