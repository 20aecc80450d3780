# api: torch.movedim
import torch
x = torch.arange(24).reshape(2, 3, 4)
channels_last = torch.movedim(x, 0, -1)
moved_two = torch.movedim(x, (0, 1), (2, 0))
shape = torch.movedim(x, source=2, destination=0).shape
