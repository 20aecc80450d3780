# api: torch.linalg.matrix_norm
import torch
n = torch.linalg.matrix_norm(torch.tensor([[1.0, -2.0], [3.0, 4.0]]), ord=1)
