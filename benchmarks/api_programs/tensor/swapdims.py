# api: torch.Tensor.swapdims
import torch
x = torch.arange(24).reshape(2, 3, 4)
y = x.swapdims(0, 1)
