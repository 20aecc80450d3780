# api: torch.clone
import torch
x = torch.tensor([1, 2])
y = torch.clone(x)
y[0] = 5
