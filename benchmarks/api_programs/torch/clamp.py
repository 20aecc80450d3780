# api: torch.clamp
import torch
x = torch.tensor([-1.7, -0.2, 0.4, 1.3, 2.8])
clipped = torch.clamp(x, min=-0.5, max=0.5)
lower = torch.clamp(x, min=0.0)
upper = torch.clamp(x, max=1)
positional = torch.clamp(x, -1, 1)
ints = torch.clamp(torch.tensor([-5, 0, 7, 12]), 0, 10)
per_elem = torch.clamp(x, min=torch.tensor([0.0, 0.0, 0.5, 0.5, 0.5]))
