# api: torch.permute_copy
import torch
x = torch.arange(24).reshape(2, 3, 4)
channels_first = torch.permute_copy(x, (2, 0, 1))
swapped = torch.permute_copy(x, [1, 0, 2])
