# api: torch.Tensor.signbit
import torch
x = torch.tensor([-1.0, 0.0, -0.0, 2.0])
bits = x.signbit()
