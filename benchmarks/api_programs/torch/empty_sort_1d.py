# api: torch.sort
import torch
x = torch.zeros(0)
v, i = torch.sort(x)
