# api: torch.special.erfinv
import torch
y = torch.tensor([-0.9, -0.5, 0.0, 0.3, 0.99])
x = torch.special.erfinv(y)
edges = torch.special.erfinv(torch.tensor([-1.0, 1.0]))
