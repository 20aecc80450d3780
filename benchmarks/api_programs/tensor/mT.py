# api: torch.Tensor.mT
import torch
x = torch.arange(24).reshape(2, 3, 4)
x_t = x.mT
