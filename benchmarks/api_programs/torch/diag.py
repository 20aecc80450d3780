# api: torch.diag
import torch
v = torch.tensor([1.0, 2.0, 3.0])
square = torch.diag(v)
upper = torch.diag(v, 1)
A = torch.arange(9).reshape(3, 3)
main = torch.diag(A)
below = torch.diag(A, diagonal=-1)
