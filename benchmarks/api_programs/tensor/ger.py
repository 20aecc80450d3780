# api: torch.Tensor.ger
import torch
u = torch.tensor([1.0, 2.0, 3.0])
v = torch.tensor([0.5, -1.0])
outer = u.ger(v)
