# api: torch.std
import torch
x = torch.zeros(0)
s = torch.std(x)
