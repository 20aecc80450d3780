# api: torch.norm
import torch
x = torch.arange(24.0).reshape(2, 3, 4)
a = torch.norm(x, dim=(-2, -1))
b = x.norm(p=1, dim=-1, keepdim=True)
