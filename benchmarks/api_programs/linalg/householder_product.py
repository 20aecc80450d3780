# api: torch.linalg.householder_product
import torch
A = torch.tensor([[2.0, -1.0, 0.0], [1.0, 3.0, 1.0], [0.5, 1.0, 2.0], [1.0, 0.0, 1.0]])
h, tau = torch.geqrf(A)
Q = torch.linalg.householder_product(h, tau)
Q2 = torch.linalg.householder_product(h[:, :2], tau[:2])
