# api: torch.Tensor.select
import torch
x = torch.arange(24).view(2, 3, 4)
s = x.select(1, 2)
