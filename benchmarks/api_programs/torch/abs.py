# api: torch.abs
import torch
x = torch.tensor([-1.5, 0.0, 2.0, -0.25])
y = torch.abs(x)
counts = torch.tensor([-3, 4, -5])
abs_counts = torch.abs(counts)
