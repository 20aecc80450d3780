# api: torch.linalg.cholesky_ex
import torch
a = torch.tensor([[4.0, 2.0, 0.4], [2.0, 5.0, 1.0], [0.4, 1.0, 3.0]])
L, info = torch.linalg.cholesky_ex(a)
upper = torch.linalg.cholesky_ex(a, upper=True).L
