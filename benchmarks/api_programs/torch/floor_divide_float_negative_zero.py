# api: torch.floor_divide
import torch
a = torch.tensor([-1.0, 1.0, -7.0, 7.0])
f = torch.floor_divide(a, 3)
g = torch.floor_divide(a, -3.0)
h = torch.floor_divide(torch.tensor([5, -5]), torch.tensor([2, 2]))
