# api: torch.where
import torch
x = torch.zeros(2, 3)
r, c = torch.where(x > 0)
