# api: torch.swapaxes
import torch
x = torch.arange(24).reshape(2, 3, 4)
swapped = torch.swapaxes(x, 0, 2)
last_two = torch.swapaxes(x, -1, -2)
