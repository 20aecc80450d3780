# api: torch.nonzero
import torch
x = torch.tensor([0, 1, 0, 2])
o = torch.empty(0, dtype=torch.long)
torch.nonzero(x, out=o)
