# api: torch.logcumsumexp
import torch
x = torch.tensor([0.0, 1.0, 2.0, -1.0])
running = torch.logcumsumexp(x, dim=0)
m = torch.tensor([[1.0, 2.0, 3.0], [0.0, -1.0, 5.0]])
rows = torch.logcumsumexp(m, 1)
