# api: torch.Tensor.__iter__
import torch
x = torch.arange(6.).view(3, 2)
for row in x:
    row.mul_(2)
