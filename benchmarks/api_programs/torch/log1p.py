# api: torch.log1p
import torch
x = torch.tensor([0.0, 1e-8, 0.5, 3.0])
small = torch.log1p(x)
counts = torch.log1p(torch.tensor([0, 1, 9]))
