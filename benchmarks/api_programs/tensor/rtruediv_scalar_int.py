# api: torch.Tensor.__rtruediv__
import torch
x = torch.tensor([1, 2, 4])
r = 1 / x
