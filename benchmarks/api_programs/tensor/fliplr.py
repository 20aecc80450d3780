# api: torch.Tensor.fliplr
import torch
x = torch.arange(6).reshape(2, 3)
y = x.fliplr()
