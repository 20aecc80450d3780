# api: torch.flatten
import torch
x = torch.arange(24).reshape(2, 3, 4)
a = x.flatten(start_dim=-2)
b = torch.flatten(x, -3, -2)
c = x.flatten(1)
