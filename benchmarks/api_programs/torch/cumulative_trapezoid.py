# api: torch.cumulative_trapezoid
import torch
y = torch.tensor([1.0, 5.0, 10.0, 12.0])
area = torch.cumulative_trapezoid(y)
area_dx = torch.cumulative_trapezoid(y, dx=0.5)
x = torch.tensor([0.0, 1.0, 3.0, 6.0])
area_x = torch.cumulative_trapezoid(y, x)
rows = torch.cumulative_trapezoid(torch.arange(6.).reshape(2, 3), dim=1)
