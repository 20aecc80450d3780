# api: torch.Tensor.expand
import torch
x = torch.arange(3).reshape(3, 1)
a = x.expand(-1, 4)
b = x.expand(2, -1, 5)
c = x.expand(torch.Size([3, 2]))
d = x.expand((2, 3, 3))
