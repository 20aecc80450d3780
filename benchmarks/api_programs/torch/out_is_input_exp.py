# api: torch.exp
import torch
x = torch.tensor([0., 1.])
torch.exp(x, out=x)
