# api: torch.ceil
import torch
x = torch.tensor([-0.6, -1.5, 0.2, 1.0, 2.4])
y = torch.ceil(x)
