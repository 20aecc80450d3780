# api: torch.where
import torch
x = torch.tensor([[0.0, 1.5], [-2.0, 0.0]])
r, c = torch.where(x != 0)
idx = torch.where(torch.tensor([True, False, True]))[0]
scal = torch.where(x > 0, x, 0.0)
both_scalar = torch.where(x > 0, 1.0, -1.0)
