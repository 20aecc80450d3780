# api: torch.Tensor.atan
import torch
x = torch.tensor([-2.0, -0.5, 0.0, 1.0, 100.0])
y = x.atan()
