# api: torch.Tensor.repeat
import torch
x = torch.arange(4).view(2, 2)
r = x.repeat(1, 2).view(-1)
