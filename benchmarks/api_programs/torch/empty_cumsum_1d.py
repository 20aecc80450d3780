# api: torch.cumsum
import torch
x = torch.zeros(0)
c = torch.cumsum(x, 0)
d = torch.zeros(2, 0).cumsum(-1)
