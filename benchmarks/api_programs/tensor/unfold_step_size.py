# api: torch.Tensor.unfold
import torch
x = torch.arange(10.)
u = x.unfold(0, 3, 2)
y = torch.arange(12).reshape(3, 4)
u2 = y.unfold(1, 2, 2)
u3 = y.unfold(-2, 2, 1)
