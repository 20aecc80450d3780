# api: torch.Tensor.histc
import torch
x = torch.tensor([1., 2., 1., 4., 2.5])
h = x.histc(bins=4, min=0, max=4)
