# api: torch.zeros
import torch
o = torch.ones(2, 3)
torch.zeros(2, 3, out=o)
