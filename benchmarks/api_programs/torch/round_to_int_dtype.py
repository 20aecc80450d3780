# api: torch.round
import torch
x = torch.tensor([0.5, 1.5, 2.5, -0.5, -1.5])
r = torch.round(x)
ri = r.long()
rd = torch.round(torch.tensor([1.2345, -2.3456]), decimals=2)
