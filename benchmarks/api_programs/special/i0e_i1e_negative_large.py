# api: torch.special.i1e
import torch
x = torch.tensor([-50.0, -2.0, 0.0, 2.0, 50.0, 700.0])
a = torch.special.i0e(x)
b = torch.special.i1e(x)
c = torch.special.i1(torch.tensor([-3.0, 0.0, 3.0]))
