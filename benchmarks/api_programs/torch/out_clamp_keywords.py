# api: torch.clamp
import torch
x = torch.tensor([-2., 0.5, 3.])
c = torch.empty(3)
torch.clamp(x, min=0., max=1., out=c)
