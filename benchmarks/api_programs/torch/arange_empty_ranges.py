# api: torch.arange
import torch
a = torch.arange(0)
b = torch.arange(5, 5)
c = torch.linspace(0, 1, 0)
