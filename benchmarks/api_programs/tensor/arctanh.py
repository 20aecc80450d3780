# api: torch.Tensor.arctanh
import torch
x = torch.tensor([-0.9, -0.5, 0.0, 0.25, 0.75])
y = x.arctanh()
