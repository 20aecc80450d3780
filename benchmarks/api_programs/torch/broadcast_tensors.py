# api: torch.broadcast_tensors
import torch
a = torch.arange(3).view(1, 3)
b = torch.arange(2).view(2, 1)
x, y = torch.broadcast_tensors(a, b)
