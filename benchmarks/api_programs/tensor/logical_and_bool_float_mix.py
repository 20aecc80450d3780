# api: torch.Tensor.logical_and
import torch
a = torch.tensor([0.0, 0.5, float('nan')])
b = torch.tensor([True, True, False])
c = a.logical_and(b)
