# api: torch.arccosh
import torch
x = torch.tensor([1.0, 2.0, 10.0])
y = torch.arccosh(x)
