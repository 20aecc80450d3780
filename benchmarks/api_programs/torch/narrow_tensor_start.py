# api: torch.narrow
import torch
x = torch.arange(10)
s = torch.tensor(2)
a = x.narrow(0, s, 3)
b = torch.narrow(x, -1, 7, 3)
