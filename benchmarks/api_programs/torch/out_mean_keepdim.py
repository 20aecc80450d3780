# api: torch.mean
import torch
x = torch.arange(6.).view(2, 3)
m = torch.empty(1, 3)
torch.mean(x, dim=0, keepdim=True, out=m)
