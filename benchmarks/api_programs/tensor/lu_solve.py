# api: torch.Tensor.lu_solve
import torch
A = torch.tensor([[3.0, 1.0], [1.0, 2.0]])
b = torch.tensor([[9.0], [8.0]])
LU, pivots = torch.linalg.lu_factor(A)
x = b.lu_solve(LU, pivots)
