# api: torch.clone
import torch
x = torch.tensor([1, 2, 3])
c = torch.clone(x)
c[0] = 10
y = x.to(torch.float64)
z = x.type(torch.float32)
d = x.double()
h = x.half()
b = x.bool()
x_after = x
