# api: torch.Tensor.mv
import torch
m = torch.arange(6.).view(2, 3)
v = torch.tensor([1.0, 0.5, -1.0])
r = m.mv(v)
