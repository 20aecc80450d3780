# api: torch.Tensor.index_add
import torch
x = torch.zeros(3, 2)
r = x.index_add(0, torch.tensor([0, 2, 0]), torch.ones(3, 2), alpha=2)
