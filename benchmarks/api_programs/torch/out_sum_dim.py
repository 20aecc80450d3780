# api: torch.sum
import torch
x = torch.arange(6.).view(2, 3)
s = torch.empty(2)
torch.sum(x, 1, out=s)
