# api: torch.Tensor.repeat
import torch
x = torch.tensor([[1, 2], [3, 4]])
a = x.repeat(2, 1)
b = x.repeat((1, 3))
c = x.repeat(2, 1, 1)
d = torch.tensor([1, 2, 3]).repeat(2)
e = x.repeat_interleave(2, dim=0)
f = torch.repeat_interleave(torch.tensor([1, 2]), torch.tensor([1, 3]))
g = x.repeat_interleave(3)
h = torch.tile(x, (2,))
