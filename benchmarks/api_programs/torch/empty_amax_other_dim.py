# api: torch.amax
import torch
x = torch.zeros(0, 4)
a = torch.amax(x, dim=1)
