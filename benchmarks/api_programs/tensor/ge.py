# api: torch.Tensor.ge
import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([2.0, 2.0, 2.0])
mask = a.ge(b)
mask_scalar = a.ge(2.5)
ints = torch.arange(5).ge(2)
