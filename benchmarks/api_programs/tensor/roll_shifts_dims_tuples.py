# api: torch.Tensor.roll
import torch
x = torch.arange(6).reshape(2, 3)
a = x.roll(1)
b = x.roll(shifts=(1, -1), dims=(0, 1))
c = x.roll(-1, -1)
