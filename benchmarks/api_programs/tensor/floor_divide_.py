# api: torch.Tensor.floor_divide_
import torch
x = torch.tensor([10, -10, 15])
x.floor_divide_(4)
y = torch.tensor([5.5, -5.5])
y.floor_divide_(torch.tensor([2.0, 2.0]))
