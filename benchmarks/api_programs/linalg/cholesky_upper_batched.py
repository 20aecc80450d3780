# api: torch.linalg.cholesky
import torch
A = torch.tensor([[[4.0, 2.0], [2.0, 3.0]], [[9.0, 3.0], [3.0, 5.0]]], dtype=torch.float64)
L = torch.linalg.cholesky(A)
U = torch.linalg.cholesky(A, upper=True)
inv = torch.cholesky_inverse(L[0])
sol = torch.cholesky_solve(torch.tensor([[1.0], [2.0]], dtype=torch.float64), L[0])
