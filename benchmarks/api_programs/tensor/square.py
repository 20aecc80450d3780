# api: torch.Tensor.square
import torch
x = torch.tensor([-2, 3, 0])
y = x.square()
f = torch.tensor([1.5, -0.5]).square()
