# api: torch.nn.CircularPad3d
import torch
import torch.nn as nn
volume = torch.arange(12.).reshape(1, 1, 2, 2, 3)
pad = nn.CircularPad3d(1)
padded = pad(volume)
padded_asym = nn.CircularPad3d((1, 0, 0, 1, 1, 0))(volume)
