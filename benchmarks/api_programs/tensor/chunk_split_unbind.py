# api: torch.Tensor.chunk
import torch
x = torch.arange(10)
a, b, c = x.chunk(3)
parts = torch.chunk(x.view(2, 5), 2, dim=1)
s1 = x.split(4)
s2 = torch.split(x, [3, 7])
s3 = x.view(2, 5).split(2, dim=-1)
u = torch.arange(6).view(2, 3).unbind(1)
first, second = torch.unbind(torch.arange(6).view(2, 3))
n_parts = len(x.chunk(4))
last = x.split(3)[-1]
