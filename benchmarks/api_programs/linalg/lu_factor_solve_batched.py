# api: torch.linalg.lu_solve
import torch
A = torch.tensor([[[3.0, 1.0], [1.0, 2.0]], [[2.0, 5.0], [1.0, 1.0]]])
LU, piv = torch.linalg.lu_factor(A)
B = torch.tensor([[[9.0], [8.0]], [[7.0], [2.0]]])
X = torch.linalg.lu_solve(LU, piv, B)
P, L, U = torch.linalg.lu(A)
recon = P @ L @ U
piv_dtype = piv.dtype
