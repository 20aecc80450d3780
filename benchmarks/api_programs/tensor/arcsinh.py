# api: torch.Tensor.arcsinh
import torch
x = torch.tensor([-2.0, 0.0, 1.0])
out = x.arcsinh()
