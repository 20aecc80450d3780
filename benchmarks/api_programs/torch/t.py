# api: torch.t
import torch
x = torch.arange(6).view(2, 3)
y = torch.t(x)
