# api: torch.Tensor.flip
import torch
x = torch.arange(6).reshape(2, 3)
rows_flipped = x.flip(0)
both = x.flip(dims=(0, 1))
cols = x.flip([1])
