# api: torch.Tensor.pow_
import torch
x = torch.tensor([1.0, 2.0, 3.0])
x.pow_(2)
y = torch.tensor([4.0, 9.0])
y.pow_(0.5)
z = torch.tensor([2, 3])
z.pow_(torch.tensor([3, 2]))
