# api: torch.Tensor.floor_divide
import torch
a = torch.tensor([7, -7, 9])
b = a.floor_divide(2)
c = a.floor_divide(torch.tensor([2, 2, -4]))
