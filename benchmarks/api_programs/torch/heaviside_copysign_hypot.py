# api: torch.heaviside
import torch
x = torch.tensor([-1.5, 0.0, 2.0])
h = torch.heaviside(x, torch.tensor([0.5]))
cs = torch.copysign(torch.tensor([1.0, 2.0, 3.0]), x)
hy = torch.hypot(torch.tensor([3.0, 5.0]), torch.tensor([4.0, 12.0]))
at2 = torch.atan2(torch.tensor([1.0, -1.0]), torch.tensor([-1.0, -1.0]))
la = torch.logaddexp(torch.tensor([1.0, 100.0]), torch.tensor([2.0, 100.0]))
la2 = torch.logaddexp2(torch.tensor([1.0]), torch.tensor([1.0]))
