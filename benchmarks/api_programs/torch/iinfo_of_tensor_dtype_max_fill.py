# api: torch.iinfo
import torch
x = torch.tensor([3, 1, 2], dtype=torch.int32)
big = torch.iinfo(x.dtype).max
m = torch.where(x > 1, x, torch.tensor(big, dtype=x.dtype))
small = torch.iinfo(torch.int16).min
