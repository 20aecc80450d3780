# api: torch.split
import torch
x = torch.zeros(0, 4)
parts = torch.split(x, 2, dim=1)
shapes = [p.shape for p in parts]
