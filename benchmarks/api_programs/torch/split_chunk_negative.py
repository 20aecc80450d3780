# api: torch.split
import torch
x = torch.arange(10).reshape(2, 5)
a = torch.split(x, 2, dim=-1)
b = x.chunk(3, -1)
c = x.split([1, 4], -1)
