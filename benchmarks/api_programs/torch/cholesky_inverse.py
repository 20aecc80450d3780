# api: torch.cholesky_inverse
import torch
A = torch.tensor([[4.0, 2.0, 0.6], [2.0, 5.0, 1.0], [0.6, 1.0, 3.0]])
L = torch.linalg.cholesky(A)
A_inv = torch.cholesky_inverse(L)
A_inv_upper = torch.cholesky_inverse(L.mT, upper=True)
check = A @ A_inv
