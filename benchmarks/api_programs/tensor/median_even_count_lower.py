# api: torch.Tensor.median
import torch
x = torch.tensor([4., 1., 3., 2.])
m = x.median()
v, i = x.median(0)
