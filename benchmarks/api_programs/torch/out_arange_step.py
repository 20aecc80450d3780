# api: torch.arange
import torch
o = torch.empty(5, dtype=torch.long)
torch.arange(0, 10, 2, out=o)
