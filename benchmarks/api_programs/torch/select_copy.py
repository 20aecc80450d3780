# api: torch.select_copy
import torch
x = torch.arange(24.0).reshape(2, 3, 4)
middle = torch.select_copy(x, 1, 1)
first = torch.select_copy(x, dim=0, index=0)
