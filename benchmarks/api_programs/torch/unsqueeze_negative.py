# api: torch.unsqueeze
import torch
x = torch.arange(6).reshape(2, 3)
a = x.unsqueeze(-1)
b = torch.unsqueeze(x, -3)
c = x.unsqueeze(dim=-2)
