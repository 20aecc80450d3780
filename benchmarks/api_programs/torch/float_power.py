# api: torch.float_power
import torch
a = torch.tensor([2, 3, 4])
out = torch.float_power(a, 2)
