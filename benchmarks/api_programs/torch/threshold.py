# api: torch.threshold
import torch
x = torch.tensor([0.5, 1.5, 2.5])
y = torch.threshold(x, 1.0, -1.0)
