# api: torch.Tensor.count_nonzero
import torch
x = torch.tensor([[0, 1, 0], [2, 0, 3]])
a = x.count_nonzero()
b = x.count_nonzero(dim=0)
