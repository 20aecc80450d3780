# api: torch.celu_
import torch
x = torch.tensor([-2.0, -0.5, 0.0, 1.5])
torch.celu_(x)
h = torch.tensor([-1.0, -3.0, 2.0])
torch.celu_(h, alpha=2.0)
