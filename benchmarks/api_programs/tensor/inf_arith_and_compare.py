# api: torch.Tensor.isinf
import torch
x = torch.tensor([float('inf'), -float('inf'), 1.])
a = x - x
b = x * 0
c = x > 1e38
f = x.isfinite()
