# api: torch.Tensor.clamp
import torch
x = torch.tensor([1, 5, 9])
c = x.clamp(min=2, max=6)
cf = x.clamp(2.5)
