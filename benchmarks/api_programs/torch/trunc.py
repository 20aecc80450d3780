# api: torch.trunc
import torch
x = torch.tensor([-2.7, -0.5, 0.0, 0.5, 3.9])
truncated = torch.trunc(x)
ints = torch.trunc(torch.tensor([1, -2]))
