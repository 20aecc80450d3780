# api: torch.Tensor.__iter__
import torch
x = torch.zeros(3, 2)
for row in x:
    row += 1
