# api: torch.mul
import torch
a = torch.tensor([1.5, 2.5])
o = torch.empty(2, dtype=torch.float64)
torch.mul(a, 2, out=o)
