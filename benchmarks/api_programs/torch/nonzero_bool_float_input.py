# api: torch.nonzero
import torch
b = torch.tensor([[True, False], [True, True]])
a = torch.nonzero(b)
f = torch.nonzero(torch.tensor([0.0, -0.5, 0.0, 2.0]))
t = torch.nonzero(torch.tensor([1, 0, 1]), as_tuple=True)
t0 = t[0]
argw = torch.argwhere(b)
cnt = len(torch.nonzero(b))
