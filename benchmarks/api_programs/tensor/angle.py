# api: torch.Tensor.angle
import torch
x = torch.tensor([-2.0, 0.0, 3.0, -0.5])
phase = x.angle()
