# api: torch.clamp
import torch
x = torch.tensor([-2.0, 0.0, 2.0], dtype=torch.float64)
a = torch.clamp(x, min=torch.tensor(-1.0), max=torch.tensor(1.0))
b = torch.clamp(x, min=-0.5)
c = torch.clamp(torch.tensor([1.5, 2.5]), min=torch.tensor([2.0, 2.0]))
a_dtype = a.dtype
d = torch.clamp(torch.tensor([1, 2, 3]), max=torch.tensor(2))
