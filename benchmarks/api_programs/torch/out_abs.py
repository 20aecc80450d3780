# api: torch.abs
import torch
x = torch.tensor([-1, 2, -3])
o = torch.empty(3, dtype=torch.long)
torch.abs(x, out=o)
