# api: torch.div
import torch
a = torch.tensor([7., -7.])
o = torch.empty(2)
torch.div(a, 2, rounding_mode="floor", out=o)
