# api: torch.Tensor.scatter_add_
import torch
x = torch.zeros(3, 4)
src = torch.ones(2, 4)
index = torch.tensor([[0, 1, 2, 0], [2, 2, 1, 0]])
x.scatter_add_(0, index, src)
