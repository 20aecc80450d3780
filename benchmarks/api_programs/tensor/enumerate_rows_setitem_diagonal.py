# api: torch.Tensor.__iter__
import torch
x = torch.ones(3, 3)
for i, row in enumerate(x):
    row[i] = 0.
