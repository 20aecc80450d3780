# api: torch.Tensor.cos
import torch
x = torch.tensor([0.0, 0.5, 1.0, 3.14159, -2.0])
y = x.cos()
