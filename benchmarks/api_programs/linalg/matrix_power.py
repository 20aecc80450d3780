# api: torch.linalg.matrix_power
import torch
A = torch.tensor([[1.0, 1.0], [1.0, 0.0]])
A5 = torch.linalg.matrix_power(A, 5)
A0 = torch.linalg.matrix_power(A, 0)
A_inv2 = torch.linalg.matrix_power(A, -2)
M = torch.tensor([[2, 1], [0, 3]])
M3 = torch.linalg.matrix_power(M, n=3)
