# api: torch.nn.ZeroPad3d
import torch
import torch.nn as nn
volume = torch.ones(1, 1, 2, 2, 2)
padded = nn.ZeroPad3d(1)(volume)
padded_asym = nn.ZeroPad3d((1, 0, 0, 2, 1, 0))(volume)
