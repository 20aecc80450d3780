# api: torch.Tensor.logical_and
import torch
a = torch.tensor([1, 0, 2])
b = torch.tensor([True, True, False])
out = a.logical_and(b)
