# api: torch.Tensor.long
import torch
x = torch.tensor([1e9, -1e9, 3e9], dtype=torch.float64)
a = x.long()
b = torch.tensor([2.0**40, -2.0**40], dtype=torch.float64).long()
