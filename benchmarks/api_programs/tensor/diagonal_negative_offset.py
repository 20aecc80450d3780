# api: torch.Tensor.diagonal
import torch
x = torch.arange(12).reshape(3, 4)
d = x.diagonal(offset=-1)
d2 = x.diagonal(1, 0, 1)
