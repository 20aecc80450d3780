# api: torch.Tensor.arcsin
import torch
x = torch.tensor([-1.0, -0.3, 0.0, 0.8])
y = x.arcsin()
