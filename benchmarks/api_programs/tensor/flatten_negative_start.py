# api: torch.Tensor.flatten
import torch
x = torch.arange(24).reshape(2, 3, 4)
a = x.flatten(-2)
b = x.flatten(start_dim=0, end_dim=1)
c = x.flatten(1, -1)
