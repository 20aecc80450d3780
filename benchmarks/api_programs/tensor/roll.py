# api: torch.Tensor.roll
import torch
x = torch.arange(1, 9).reshape(2, 4)
flat_roll = x.roll(1)
col_roll = x.roll(1, 1)
both = x.roll(shifts=(1, -1), dims=(0, 1))
