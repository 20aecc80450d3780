# api: torch.linalg.cholesky
import torch
L = torch.linalg.cholesky(torch.tensor([[4.0, 2.0], [2.0, 2.0]]))
