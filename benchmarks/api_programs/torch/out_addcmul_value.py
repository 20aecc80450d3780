# api: torch.addcmul
import torch
c = torch.ones(2)
o = torch.empty(2)
torch.addcmul(c, torch.tensor([1., 2.]), torch.tensor([3., 4.]), value=2, out=o)
