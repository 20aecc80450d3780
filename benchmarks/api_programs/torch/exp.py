# api: torch.exp
import torch
x = torch.tensor([0, 1, 2])
e = torch.exp(x)
