# api: torch.narrow
import torch
x = torch.arange(12).reshape(3, 4)
a = torch.narrow(x, 1, 1, 2)
b = torch.narrow(x, dim=0, start=-2, length=2)
c = torch.select(x, 1, -1)
d = torch.index_fill(x, 1, torch.tensor([0, 2]), -1)
e = torch.index_add(torch.zeros(3, 2), 0, torch.tensor([0, 2, 0]), torch.ones(3, 2))
