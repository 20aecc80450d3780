# api: torch.Tensor.view
import torch
x = torch.arange(24)
a = x.view(2, 3, 4)
b = x.view(-1, 6)
c = x.view((4, -1))
d = a.view(a.size(0), -1)
e = x.view(torch.Size([3, 8]))
f = a.view(-1)
