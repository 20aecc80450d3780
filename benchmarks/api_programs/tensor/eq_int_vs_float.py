# api: torch.Tensor.eq
import torch
a = torch.tensor([1, 2, 3])
b = torch.tensor([1.0, 2.5, 3.0])
e = a.eq(b)
e2 = a == 2
