# api: torch.lu_solve
import torch
A = torch.tensor([[4.0, 3.0], [6.0, 3.0]])
b = torch.tensor([[10.0], [12.0]])
A_LU, pivots = torch.lu(A)
x = torch.lu_solve(b, A_LU, pivots)
