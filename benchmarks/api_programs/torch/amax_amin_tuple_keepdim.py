# api: torch.amax
import torch
x = torch.arange(24.0).reshape(2, 3, 4)
a = torch.amax(x, dim=(0, 2), keepdim=True)
b = x.amin((-1, -3))
