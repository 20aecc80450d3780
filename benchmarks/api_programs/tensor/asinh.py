# api: torch.Tensor.asinh
import torch
x = torch.tensor([-3.0, -0.5, 0.0, 1.0, 20.0])
y = x.asinh()
