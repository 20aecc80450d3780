# api: torch.masked_select
import torch
x = torch.tensor([[1.0, -2.0], [3.0, -4.0]])
m = torch.masked_select(x, x > 0)
m2 = torch.masked_select(x, torch.tensor([True, False]))
pos = x[x > 0]
x2 = x.clone()
x2[x2 < 0] = 0
cnt = (x > 0).sum().item()
