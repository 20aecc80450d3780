# api: torch.cholesky_solve
import torch
A = torch.tensor([[4.0, 2.0, 0.6], [2.0, 5.0, 1.0], [0.6, 1.0, 3.0]])
B = torch.tensor([[1.0, 0.0], [2.0, 1.0], [3.0, -1.0]])
L = torch.linalg.cholesky(A)
X = torch.cholesky_solve(B, L)
X_upper = torch.cholesky_solve(B, L.mT, upper=True)
residual = A @ X - B
