# api: torch.Tensor.expand
import torch
x = torch.tensor([[1], [2], [3]])
a = x.expand(3, 4)
b = x.expand(-1, 2)
c = x.expand(2, 3, 2)
d = x.expand_as(torch.zeros(3, 5))
e = torch.tensor([1.0, 2.0]).expand((3, 2)).sum(0)
f = x.expand(size=(3, 3))
