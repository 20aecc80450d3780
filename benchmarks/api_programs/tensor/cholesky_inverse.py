# api: torch.Tensor.cholesky_inverse
import torch
a = torch.tensor([[4.0, 2.0], [2.0, 3.0]])
L = torch.linalg.cholesky(a)
inv = L.cholesky_inverse()
