# api: torch.div
import torch
a = torch.tensor([7, -7, 5, 0])
b = torch.tensor([2, 2, -3, 3])
true_div = a / b
floor = torch.div(a, b, rounding_mode='floor')
trunc = torch.div(a, b, rounding_mode='trunc')
by_scalar = torch.div(a, 2)
floordiv_op = a // 2
td_dtype = true_div.dtype
fl_dtype = floor.dtype
