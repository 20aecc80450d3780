# api: torch.tensor
import torch
a = torch.tensor([1e16, 1.0, -1e16], dtype=torch.float64)
s = a.sum()
b = torch.tensor([0.1, 0.2], dtype=torch.float64)
c = b.sum() == 0.30000000000000004
