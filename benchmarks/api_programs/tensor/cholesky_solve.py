# api: torch.Tensor.cholesky_solve
import torch
a = torch.tensor([[4.0, 2.0], [2.0, 3.0]])
L = torch.linalg.cholesky(a)
b = torch.tensor([[1.0], [2.0]])
x = b.cholesky_solve(L)
