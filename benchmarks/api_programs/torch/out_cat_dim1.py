# api: torch.cat
import torch
a = torch.ones(2, 1)
b = torch.zeros(2, 2)
c = torch.empty(2, 3)
torch.cat((a, b), 1, out=c)
