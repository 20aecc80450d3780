# api: torch.Tensor.__setitem__
import torch
x = torch.zeros(3, 4)
x[0] = 1.0
x[:, 1] = torch.tensor([5.0, 6.0, 7.0])
x[x > 5] = -1
x[2, 2:] = 9
x[torch.tensor([0, 2]), 0] = 3.0
y = torch.arange(6).view(2, 3)
y[y % 2 == 0] = 0
z = torch.zeros(2, 3)
z[..., 0] = torch.tensor([1.0, 2.0])
w = torch.zeros(5)
w[[1, 3]] += 1
