# api: torch.frobenius_norm
import torch
A = torch.tensor([[[3.0, 4.0], [0.0, 1.0]], [[1.0, 1.0], [1.0, 1.0]]])
per_matrix = torch.frobenius_norm(A, dim=(1, 2))
per_row = torch.frobenius_norm(A, dim=2, keepdim=True)
