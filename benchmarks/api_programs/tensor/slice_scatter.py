# api: torch.Tensor.slice_scatter
import torch
a = torch.zeros(4, 4)
b = torch.ones(2, 4)
out = a.slice_scatter(b, start=1, end=3)
