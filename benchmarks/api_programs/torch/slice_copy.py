# api: torch.slice_copy
import torch
x = torch.arange(20).reshape(4, 5)
rows = torch.slice_copy(x, 0, 1, 3)
every_other = torch.slice_copy(x, dim=1, start=0, end=None, step=2)
