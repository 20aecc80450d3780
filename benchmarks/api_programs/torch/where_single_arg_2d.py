# api: torch.where
import torch
x = torch.tensor([[0, 1], [2, 0]])
r, c = torch.where(x > 0)
t = torch.where(x)
