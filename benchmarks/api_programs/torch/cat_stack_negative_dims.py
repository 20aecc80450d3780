# api: torch.stack
import torch
a = torch.arange(6).reshape(2, 3)
b = a + 10
c = torch.cat([a, b], dim=-1)
s = torch.stack([a, b], dim=-1)
t = torch.stack((a, b), -3)
