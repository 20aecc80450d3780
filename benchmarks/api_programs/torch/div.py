# api: torch.div
import torch
a = torch.tensor([7.0, -7.0, 5.0, -3.5])
b = torch.tensor([2.0, 2.0, -2.0, 1.5])
q = torch.div(a, b)
floor_q = torch.div(a, b, rounding_mode="floor")
trunc_q = torch.div(a, b, rounding_mode="trunc")
ints = torch.tensor([7, -7, 9])
true_int = torch.div(ints, 2)
floor_int = torch.div(ints, 2, rounding_mode="floor")
