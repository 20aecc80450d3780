# api: torch.linspace
import torch
o = torch.empty(5)
torch.linspace(0, 1, 5, out=o)
