# api: torch.broadcast_tensors
import torch
a = torch.ones(3, 1)
b = torch.arange(4.0)
x, y = torch.broadcast_tensors(a, b)
