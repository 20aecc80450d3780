# api: torch.Tensor.scatter_add
import torch
x = torch.zeros(2, 5, dtype=torch.int64)
idx = torch.tensor([[0, 1, 2, 0, 0], [4, 4, 3, 3, 0]])
out = x.scatter_add(1, idx, torch.ones(2, 5, dtype=torch.int64))
