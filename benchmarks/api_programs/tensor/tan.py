# api: torch.Tensor.tan
import torch
x = torch.tensor([0.0, 0.5, -1.0])
y = x.tan()
