# api: torch.argwhere
import torch
mask = torch.tensor([[1, 0, 1], [0, 0, 2]])
coords = torch.argwhere(mask)
positive = torch.argwhere(torch.tensor([-1.0, 2.0, 0.0, 3.5]) > 0)
