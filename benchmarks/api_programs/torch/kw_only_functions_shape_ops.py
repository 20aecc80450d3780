# api: torch.cumsum
import torch
x = torch.arange(6.0).reshape(2, 3)
a = torch.cumsum(input=x, dim=-1)
b = torch.flip(input=x, dims=(-1,))
c = torch.roll(input=x, shifts=1, dims=-1)
d = torch.squeeze(input=x[None], dim=0)
e = torch.unsqueeze(input=x, dim=-1).shape
