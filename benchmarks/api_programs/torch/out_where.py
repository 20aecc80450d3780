# api: torch.where
import torch
c = torch.tensor([True, False, True])
o = torch.empty(3)
torch.where(c, torch.ones(3), torch.zeros(3), out=o)
