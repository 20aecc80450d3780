# api: torch.frac
import torch
x = torch.tensor([1.0, 2.5, -3.2, -0.75])
y = torch.frac(x)
