# api: torch.Tensor.__setitem__
import torch
x = torch.zeros(2, 4)
row = x[1]
row[2] = 5.
col = x[:, 0]
col += 1
