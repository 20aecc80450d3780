# api: torch.kron
import torch
a = torch.tensor([[1, 2], [3, 4]])
b = torch.eye(2, dtype=torch.int64)
k = torch.kron(a, b)
