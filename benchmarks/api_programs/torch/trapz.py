# api: torch.trapz
import torch
y = torch.tensor([1.0, 2.0, 3.0, 5.0])
unit = torch.trapz(y)
spaced = torch.trapz(y, dx=0.5)
x = torch.tensor([0.0, 1.0, 3.0, 4.0])
sampled = torch.trapz(y, x)
rows = torch.trapz(torch.arange(6.0).reshape(2, 3), dim=1)
