# api: torch.linalg.lu_solve
import torch
A = torch.tensor([[3.0, 1.0, 2.0], [6.0, 3.0, 4.0], [3.0, 1.0, 5.0]])
B = torch.tensor([[0.0, 1.0], [1.0, 2.0], [3.0, 4.0]])
LU, pivots = torch.linalg.lu_factor(A)
X = torch.linalg.lu_solve(LU, pivots, B)
Xt = torch.linalg.lu_solve(LU, pivots, B, adjoint=True)
