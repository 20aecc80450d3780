# api: torch.Tensor.view
import torch
x = torch.ones(2)
y = x.view(torch.int32)
y[0] = 0
