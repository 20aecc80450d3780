# api: torch.special.i1e
import torch
x = torch.tensor([0.0, 1.0, 5.0, 20.0, -2.0])
y = torch.special.i1e(x)
