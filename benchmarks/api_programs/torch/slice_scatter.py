# api: torch.slice_scatter
import torch
a = torch.zeros(6)
b = torch.tensor([1.0, 2.0, 3.0])
out = torch.slice_scatter(a, b, dim=0, start=0, end=6, step=2)
