# api: torch.masked_fill
import torch
x = torch.arange(6.).view(2, 3)
mask = x > 2
a = x.masked_fill(mask, 0)
b = torch.masked_fill(x, ~mask, float("-inf"))
c = x.clone()
c.masked_fill_(mask, -1.0)
scores = torch.ones(2, 3).masked_fill(torch.tensor([[0, 1, 1], [0, 0, 1]]) == 0, -1e9)
ints = torch.arange(6).view(2, 3).masked_fill(mask, 7)
