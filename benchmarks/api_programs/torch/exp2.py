# api: torch.exp2
import torch
x = torch.tensor([0.0, 1.0, 3.0, -1.0, 0.5])
y = torch.exp2(x)
powers = torch.exp2(torch.arange(5))
