# api: torch.linalg.lu_factor_ex
import torch
A = torch.tensor([[2.0, 1.0, 1.0], [4.0, -6.0, 0.0], [-2.0, 7.0, 2.0]])
LU, pivots, info = torch.linalg.lu_factor_ex(A)
