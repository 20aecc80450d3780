# api: torch.Tensor.__mod__
import torch
x = torch.tensor([5.5, -5.5, 3.0, -3.0])
m1 = x % -2
m2 = x % 2.5
m3 = x % torch.tensor([-2.0, 2.0, -2.0, 2.0])
