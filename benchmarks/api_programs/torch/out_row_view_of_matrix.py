# api: torch.add
import torch
a = torch.tensor([1., 2.])
c = torch.zeros(2, 2)
torch.add(a, 1, out=c[0])
