# api: torch.Tensor.kron
import torch
a = torch.tensor([[1, 2], [3, 4]])
b = torch.eye(2, dtype=torch.int64)
k = a.kron(b)
k_vec = torch.tensor([1.0, 2.0]).kron(torch.tensor([1.0, 10.0, 100.0]))
