# api: torch.squeeze_copy
import torch
x = torch.arange(6.0).reshape(1, 3, 1, 2)
all_squeezed = torch.squeeze_copy(x)
first = torch.squeeze_copy(x, 0)
kept = torch.squeeze_copy(x, dim=1)
