# api: torch.clamp
import torch
x = torch.arange(-3.0, 4.0)
a = torch.clamp(x, min=0)
b = torch.clamp(input=x, max=1.5)
c = x.clamp(min=-1, max=1)
d = torch.clip(x, -2, 2)
