# api: torch.Tensor.arctan2_
import torch
y = torch.tensor([[0.5, -0.5], [3.0, -3.0]])
x = torch.tensor([[1.0, 1.0], [-1.0, -1.0]])
y.arctan2_(x)
