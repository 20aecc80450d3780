# api: torch.Tensor.repeat
import torch
x = torch.arange(3).reshape(1, 3)
a = x.repeat(2, 1)
b = x.repeat((2, 1, 1))
c = x.repeat(torch.Size([1, 2]))
d = x.repeat([3, 1])
