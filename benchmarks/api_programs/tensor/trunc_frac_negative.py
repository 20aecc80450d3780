# api: torch.Tensor.trunc
import torch
x = torch.tensor([-1.7, 1.7, -0.2])
t = x.trunc()
f = x.frac()
