# api: torch.round
import torch
x = torch.tensor([1.2345, -2.5, 3.5])
r = torch.round(x)
r1 = torch.round(x, decimals=1)
