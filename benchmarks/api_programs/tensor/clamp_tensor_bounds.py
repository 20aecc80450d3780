# api: torch.Tensor.clamp
import torch
x = torch.tensor([0.1, 0.5, 0.9])
lo = torch.tensor([0.2, 0.2, 0.2])
hi = torch.tensor([0.8, 0.4, 0.8])
c = x.clamp(lo, hi)
