# api: torch.full
import torch
f = torch.full((2, 2), 7)
g = torch.full((2,), 1.5)
b = torch.full((1,), True)
