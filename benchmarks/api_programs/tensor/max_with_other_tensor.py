# api: torch.Tensor.max
import torch
a = torch.tensor([1., 5., 3.])
b = torch.tensor([4., 2., 6.])
m = a.max(b)
