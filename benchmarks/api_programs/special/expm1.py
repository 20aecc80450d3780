# api: torch.special.expm1
import torch
x = torch.tensor([-1.0, 1e-6, 0.0, 0.5, 2.0])
y = torch.special.expm1(x)
