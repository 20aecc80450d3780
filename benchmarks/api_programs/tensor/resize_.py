# api: torch.Tensor.resize_
import torch
x = torch.arange(6.0)
x.resize_(2, 3)
y = torch.arange(8.0)
y.resize_(2, 2)
