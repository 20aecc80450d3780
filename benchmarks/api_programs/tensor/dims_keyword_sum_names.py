# api: torch.Tensor.sum
import torch
x = torch.arange(24.0).reshape(2, 3, 4)
a = x.sum(dim=-1, keepdim=True)
b = x.sum(-1, True)
c = x.sum((0, -1), True)
