# api: torch.div
import torch
a = torch.tensor([-7, 7, -8, 9])
b = torch.tensor([2, -2, 3, -4])
fl = torch.div(a, b, rounding_mode='floor')
tr = torch.div(a, b, rounding_mode='trunc')
nn_ = torch.div(a, b)
