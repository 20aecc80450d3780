# api: torch.orgqr
import torch
A = torch.tensor([[2.0, 1.0], [1.0, 3.0], [0.0, 1.0]])
a, tau = torch.geqrf(A)
Q = torch.orgqr(a, tau)
orthonormal = Q.T @ Q
