# api: torch.Tensor.divide
import torch
a = torch.tensor([7, -7, 10, 3])
b = torch.tensor([2, 2, 4, 3])
true_div = a.divide(b)
floor_div = a.divide(b, rounding_mode="floor")
trunc_div = a.divide(b, rounding_mode="trunc")
halves = a.divide(2.0)
