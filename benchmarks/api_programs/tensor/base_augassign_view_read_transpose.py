# api: torch.Tensor.__iadd__
import torch
x = torch.arange(6.).view(2, 3)
v = x.t()
x += 10
r = v + 0
