# api: torch.Tensor.bincount
import torch
x = torch.tensor([0, 1, 1, 3, 1])
counts = x.bincount()
w = x.bincount(weights=torch.tensor([0.5, 1.0, 1.0, 2.0, 0.25]), minlength=6)
