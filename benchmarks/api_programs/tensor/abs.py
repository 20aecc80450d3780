# api: torch.Tensor.abs
import torch
x = torch.tensor([-2.5, 0.0, 1.5, -0.25])
y = x.abs()
counts = torch.tensor([-3, 4, -5])
counts_abs = counts.abs()
