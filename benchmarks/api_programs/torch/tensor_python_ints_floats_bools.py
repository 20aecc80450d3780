# api: torch.tensor
import torch
a = torch.tensor(3)
b = torch.tensor(3.0)
c = torch.tensor(True)
d = torch.tensor([1, True])
e = torch.tensor([1.0, True, 2])
f = torch.tensor([[1], [2.5]])
types = [t.dtype for t in (a, b, c, d, e, f)]
