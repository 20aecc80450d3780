# api: torch.Tensor.swapaxes
import torch
x = torch.arange(6).reshape(1, 2, 3)
y = x.swapaxes(0, 2)
