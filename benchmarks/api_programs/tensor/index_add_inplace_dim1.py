# api: torch.Tensor.index_add_
import torch
x = torch.zeros(2, 3)
x.index_add_(1, torch.tensor([0, 2, 0]), torch.ones(2, 3))
