# api: torch.flatten
import torch
x = torch.zeros(2, 2)
f = torch.flatten(x)
f[3] = 1.
