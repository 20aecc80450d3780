# api: torch.linalg.matrix_exp
import torch
A = torch.tensor([[[0.0, 1.0], [-1.0, 0.0]], [[1.0, 0.0], [0.0, 2.0]]], dtype=torch.float64)
E = torch.linalg.matrix_exp(A)
z = torch.matrix_exp(torch.zeros(2, 2))
