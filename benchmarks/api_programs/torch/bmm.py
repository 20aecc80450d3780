# api: torch.bmm
import torch
a = torch.arange(12.).view(2, 2, 3)
b = torch.ones(2, 3, 1)
c = torch.bmm(a, b)
