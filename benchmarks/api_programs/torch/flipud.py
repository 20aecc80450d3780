# api: torch.flipud
import torch
x = torch.arange(6).reshape(3, 2)
flipped = torch.flipud(x)
vec = torch.flipud(torch.tensor([1.0, 2.0, 3.0]))
