# api: torch.view_copy
import torch
x = torch.arange(12.0)
v = torch.view_copy(x, (3, 4))
v[0, 0] = 100.0
original_first = x[0]
