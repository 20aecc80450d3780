# api: torch.Tensor.copy_
import torch
x = torch.arange(4.).view(2, 2)
y = torch.zeros(2, 2)
y.copy_(x.t())
