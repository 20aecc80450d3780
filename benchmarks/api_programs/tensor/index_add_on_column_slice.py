# api: torch.Tensor.index_add_
import torch
x = torch.zeros(3, 4)
x[:, 1:3].index_add_(0, torch.tensor([0, 2]), torch.ones(2, 2))
