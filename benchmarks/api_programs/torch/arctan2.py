# api: torch.arctan2
import torch
y = torch.tensor([1.0, -1.0, 0.0])
x = torch.tensor([1.0, 1.0, -1.0])
ang = torch.arctan2(y, x)
