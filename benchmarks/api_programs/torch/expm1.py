# api: torch.expm1
import torch
x = torch.tensor([0.0, 1e-5, 0.69314718, -1.0])
y = torch.expm1(x)
