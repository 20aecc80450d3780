# api: torch.abs
import torch
a = torch.tensor([-128, -5, 7], dtype=torch.int8)
b = torch.abs(a)
c = -a
