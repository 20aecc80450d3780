# api: torch.where
import torch
x = torch.tensor([1, -1, 2])
w = torch.where(x > 0, x, 0)
w2 = torch.where(x > 0, 1.0, -1.0)
idx = torch.where(x > 0)
