# api: torch.Tensor.atan2_
import torch
y = torch.tensor([2.0, -2.0, 0.5])
x = torch.tensor([-1.0, -1.0, 0.5])
y.atan2_(x)
