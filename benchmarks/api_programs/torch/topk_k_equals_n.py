# api: torch.topk
import torch
x = torch.tensor([[3.0, 1.0, 2.0], [0.0, 5.0, 4.0]])
v, i = x.topk(3)
v2, i2 = x.topk(1, dim=0)
v3 = x.topk(2, -1, largest=False, sorted=True).values
