# api: torch.linspace
import torch
a = torch.linspace(0, 1, 5, dtype=torch.int32)
b = torch.linspace(-3.7, 3.7, 5, dtype=torch.int64)
c = torch.logspace(0, 2, 3, dtype=torch.float64)
