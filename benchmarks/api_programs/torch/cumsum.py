# api: torch.cumsum
import torch
x = torch.tensor([1, 2, 3])
c = torch.cumsum(x, dim=0)
cb = torch.cumsum(torch.tensor([True, True, False]), 0)
