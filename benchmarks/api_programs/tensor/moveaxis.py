# api: torch.Tensor.moveaxis
import torch
x = torch.arange(24).reshape(2, 3, 4)
last = x.moveaxis(0, -1)
several = x.moveaxis((0, 1), (2, 0))
