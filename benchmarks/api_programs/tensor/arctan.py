# api: torch.Tensor.arctan
import torch
x = torch.linspace(-3, 3, 7)
y = x.arctan()
