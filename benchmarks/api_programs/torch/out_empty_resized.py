# api: torch.sqrt
import torch
x = torch.tensor([4., 9.])
o = torch.empty(0)
torch.sqrt(x, out=o)
