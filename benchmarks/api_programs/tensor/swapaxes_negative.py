# api: torch.Tensor.swapaxes
import torch
x = torch.arange(24).reshape(2, 3, 4)
s = x.swapaxes(-1, 0)
