# api: torch.Tensor.outer
import torch
a = torch.tensor([1, 2])
b = torch.tensor([0.5, 1.5, 2.5])
o = a.outer(b)
