# api: torch.arccos
import torch
x = torch.tensor([-1.0, -0.5, 0.0, 0.5, 1.0])
theta = torch.arccos(x)
