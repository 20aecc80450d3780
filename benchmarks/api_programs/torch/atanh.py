# api: torch.atanh
import torch
x = torch.tensor([-0.5, 0.0, 0.5, 0.99])
y = torch.atanh(x)
