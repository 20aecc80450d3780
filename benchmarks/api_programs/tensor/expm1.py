# api: torch.Tensor.expm1
import torch
x = torch.tensor([-1.0, -1e-5, 0.0, 1e-5, 2.0])
y = x.expm1()
