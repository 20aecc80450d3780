# api: torch.Tensor.zero_
import torch
x = torch.arange(4.)
v = x[1:3]
seen = []
for _ in range(2):
    seen.append(v.sum().item())
    x.zero_()
