# api: torch.alias_copy
import torch
x = torch.tensor([1.0, 2.0, 3.0])
y = torch.alias_copy(x)
y[0] = -1.0
