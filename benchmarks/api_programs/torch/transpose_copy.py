# api: torch.transpose_copy
import torch
x = torch.arange(24).reshape(2, 3, 4)
swapped = torch.transpose_copy(x, 0, 1)
last = torch.transpose_copy(x, -1, -2)
