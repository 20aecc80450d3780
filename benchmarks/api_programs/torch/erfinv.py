# api: torch.erfinv
import torch
x = torch.tensor([0.0, 0.5, -0.9, 0.99])
y = torch.erfinv(x)
