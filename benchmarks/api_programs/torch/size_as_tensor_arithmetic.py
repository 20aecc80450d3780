# api: torch.Size
import torch
x = torch.zeros(2, 3, 4)
a = torch.tensor(x.shape[1:]).prod()
b = x.shape.numel()
c = torch.Size((1, 2)) + torch.Size((3,))
d = x.shape.count(3)
e = x.shape.index(4)
