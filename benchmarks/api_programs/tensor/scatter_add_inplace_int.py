# api: torch.Tensor.scatter_add_
import torch
x = torch.zeros(5, dtype=torch.int64)
idx = torch.tensor([0, 1, 0, 4, 4, 4])
x.scatter_add_(0, idx, torch.ones(6, dtype=torch.int64))
