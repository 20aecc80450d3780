# api: torch.Tensor.index_add_
import torch
x = torch.ones(5, 3)
t = torch.arange(9, dtype=torch.float).reshape(3, 3)
x.index_add_(0, torch.tensor([0, 4, 2]), t, alpha=-1)
