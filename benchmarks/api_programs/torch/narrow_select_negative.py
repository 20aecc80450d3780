# api: torch.narrow
import torch
x = torch.arange(24).reshape(2, 3, 4)
a = x.narrow(-1, 1, 2)
b = x.select(-1, 0)
c = torch.select(x, -2, -1)
