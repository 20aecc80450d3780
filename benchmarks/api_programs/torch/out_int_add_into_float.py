# api: torch.add
import torch
a = torch.tensor([1, 2])
o = torch.zeros(2)
torch.add(a, a, out=o)
