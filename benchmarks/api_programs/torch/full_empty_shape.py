# api: torch.full
import torch
a = torch.full((0,), 5)
b = torch.full((2, 0), 1.5)
c = torch.ones(0, 2).dtype
