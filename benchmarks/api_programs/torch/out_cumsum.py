# api: torch.cumsum
import torch
x = torch.arange(4.)
c = torch.empty(4)
torch.cumsum(x, 0, out=c)
