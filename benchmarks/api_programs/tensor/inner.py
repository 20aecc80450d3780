# api: torch.Tensor.inner
import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([0.5, -1.0, 2.0])
s = a.inner(b)
