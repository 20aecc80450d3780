# api: torch.acos
import torch
x = torch.tensor([-1.0, 0.0, 0.5, 1.0])
out = torch.acos(x)
