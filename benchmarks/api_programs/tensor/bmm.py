# api: torch.Tensor.bmm
import torch
a = torch.arange(12, dtype=torch.float32).reshape(2, 2, 3)
b = torch.arange(12, dtype=torch.float32).reshape(2, 3, 2) / 2
prod = a.bmm(b)
