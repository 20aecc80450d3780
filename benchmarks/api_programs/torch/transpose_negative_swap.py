# api: torch.transpose
import torch
x = torch.arange(24).reshape(2, 3, 4)
a = x.transpose(-1, -2)
b = torch.transpose(x, -3, 2)
c = x.swapaxes(0, -1)
