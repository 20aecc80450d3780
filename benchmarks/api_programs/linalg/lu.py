# api: torch.linalg.lu
import torch
A = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 10.0]])
P, L, U = torch.linalg.lu(A)
reconstructed = P @ L @ U
