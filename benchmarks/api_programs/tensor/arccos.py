# api: torch.Tensor.arccos
import torch
x = torch.tensor([0.0, 0.25, -0.75, 1.0])
y = x.arccos()
