# api: torch.swapdims
import torch
x = torch.arange(6.0).reshape(2, 3)
transposed = torch.swapdims(x, 0, 1)
batch = torch.swapdims(torch.arange(24).reshape(2, 3, 4), 1, 2)
