# api: torch.tile
import torch
x = torch.tensor([[1, 2]])
a = torch.tile(x, (3, 1))
b = torch.tile(torch.tensor([1, 2, 3]), (2, 1, 2))
c = x.expand(3, -1)
d = x.repeat(2, 2)
e = torch.broadcast_to(x, (2, 1, 2))
