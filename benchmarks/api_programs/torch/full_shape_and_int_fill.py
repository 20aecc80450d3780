# api: torch.full
import torch
x = torch.ones(2, 3)
a = torch.full(x.shape, 2.5)
b = torch.full((2,), 3)
c = torch.full([2, 2], True)
d = torch.full(size=(1, 2), fill_value=-1.0)
