# api: torch.linalg.vector_norm
import torch
x = torch.tensor([[3.0, -4.0], [1.0, 1.0]])
n = torch.linalg.vector_norm(x)
n_inf = torch.linalg.vector_norm(x, ord=float('inf'), dim=1)
n1 = torch.linalg.vector_norm(x, 1, dim=0, keepdim=True)
