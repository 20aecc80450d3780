# api: torch.round_
import torch
x = torch.tensor([0.5, 1.5, 2.4, -2.5, -0.6])
torch.round_(x)
prices = torch.tensor([1.234, 5.678, -0.055])
torch.round_(prices, decimals=1)
