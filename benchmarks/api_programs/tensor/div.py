# api: torch.Tensor.div
import torch
x = torch.tensor([7, -7, 5])
true_div = x.div(2)
floor_div = x.div(2, rounding_mode='floor')
trunc_div = x.div(torch.tensor([2, 2, 3]), rounding_mode='trunc')
