# api: torch.lu_unpack
import torch
A = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 10.0]])
A_LU, pivots = torch.linalg.lu_factor(A)
P, L, U = torch.lu_unpack(A_LU, pivots)
reconstructed = P @ L @ U
