# api: torch.Tensor.max
import torch
x = torch.zeros(2, 0)
s = x.sum(dim=1)
p = x.prod(1)
