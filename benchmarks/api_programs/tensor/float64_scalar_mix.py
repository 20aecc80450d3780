# api: torch.Tensor.mul
import torch
a = torch.tensor([1., 2.], dtype=torch.float64)
b = a * 2
c = a + torch.tensor([1., 1.])
dt = c.dtype
