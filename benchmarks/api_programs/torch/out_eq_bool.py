# api: torch.eq
import torch
a = torch.tensor([1, 2, 3])
o = torch.empty(3, dtype=torch.bool)
torch.eq(a, 2, out=o)
