# api: torch.sum
import torch
x = torch.zeros(2, 0, 3)
s = x.sum(1)
m = x.sum(dim=(0, 2))
