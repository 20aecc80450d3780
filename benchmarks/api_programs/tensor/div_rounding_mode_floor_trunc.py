# api: torch.Tensor.div
import torch
a = torch.tensor([7, -7, 5, -5])
b = torch.tensor([2, 2, -3, -3])
f = a.div(b, rounding_mode='floor')
t = a.div(b, rounding_mode="trunc")
true = a.div(b)
