# api: torch.Tensor.any
import torch
x = torch.zeros(0, dtype=torch.bool)
a = x.any()
b = x.all()
