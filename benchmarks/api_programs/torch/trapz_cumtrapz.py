# api: torch.trapezoid
import torch
y = torch.tensor([1.0, 2.0, 3.0, 4.0])
a = torch.trapezoid(y)
b = torch.trapezoid(y, dx=0.5)
c = torch.trapezoid(y, x=torch.tensor([0.0, 1.0, 3.0, 6.0]))
d = torch.cumulative_trapezoid(y)
e = torch.trapezoid(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), dim=0)
