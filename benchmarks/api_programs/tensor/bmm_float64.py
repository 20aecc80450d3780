# api: torch.Tensor.bmm
import torch
a = torch.arange(12, dtype=torch.float64).reshape(2, 2, 3)
b = a.transpose(1, 2)
r = a.bmm(b)
