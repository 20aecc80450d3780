# api: torch.Tensor.__setitem__
import torch
x = torch.arange(6.).reshape(2, 3)
y = torch.zeros(2, 3)
y[:, 0] = x[:, 2]
y[:, 1:] = x[:, :2] * 2
