# api: torch.special.round
import torch
x = torch.tensor([-1.5, -0.5, 0.5, 1.5, 2.49, 2.51])
r = torch.special.round(x)
r2 = torch.special.round(torch.tensor([1.2345, -9.8765, 0.005]), decimals=2)
