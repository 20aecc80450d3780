# api: torch.linalg.norm
import torch
A = torch.arange(8, dtype=torch.float64).reshape(2, 2, 2)
a = torch.linalg.norm(A, dim=(1, 2))
b = torch.linalg.norm(A, ord='nuc', dim=(-2, -1))
c = torch.linalg.norm(A, ord=2, dim=(1, 2))
d = torch.linalg.norm(A.reshape(-1))
a_dtype = a.dtype
