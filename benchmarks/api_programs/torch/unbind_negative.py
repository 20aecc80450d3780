# api: torch.unbind
import torch
x = torch.arange(6).reshape(2, 3)
a = torch.unbind(x, -1)
b = x.unbind(dim=-2)
