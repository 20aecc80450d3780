# api: torch.Tensor.expand
import torch
x = torch.tensor([[1.], [2.], [3.]])
e = x.expand(-1, 4)
e2 = x.expand(2, 3, 4)
e3 = x.expand((3, 2))
s = e.sum(0)
