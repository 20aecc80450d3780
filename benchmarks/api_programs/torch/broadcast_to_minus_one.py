# api: torch.broadcast_to
import torch
x = torch.arange(3)
a = torch.broadcast_to(x, (2, -1))
b = x.broadcast_to((4, 3))
