# api: torch.Tensor.outer
import torch
a = torch.tensor([1, 2, 3])
b = torch.tensor([1.0, 0.5])
o = a.outer(b)
table = a.outer(a)
