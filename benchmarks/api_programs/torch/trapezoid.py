# api: torch.trapezoid
import torch
y = torch.tensor([1.0, 2.0, 3.0])
area = torch.trapezoid(y)
area_dx = torch.trapezoid(y, dx=0.5)
