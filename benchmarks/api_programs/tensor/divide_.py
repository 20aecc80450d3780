# api: torch.Tensor.divide_
import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
x.divide_(torch.tensor([2.0, 8.0]))
y = torch.tensor([5.0, -5.0])
y.divide_(3, rounding_mode="floor")
