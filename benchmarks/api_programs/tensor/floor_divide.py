# api: torch.Tensor.floor_divide
import torch
a = torch.tensor([7, -7, 9, 0])
b = torch.tensor([2, 2, -4, 3])
q = a.floor_divide(b)
q_scalar = a.floor_divide(3)
f = torch.tensor([7.5, -7.5, 1.0]).floor_divide(2.0)
