# api: torch.Tensor.__int__
import torch
t = torch.tensor([5000000000])
a = int(t)
b = float(t)
c = t.item() // 1000
