# api: torch.nn.CircularPad1d
import torch
import torch.nn as nn
signal = torch.arange(8.).reshape(1, 2, 4)
padded = nn.CircularPad1d(2)(signal)
padded_asym = nn.CircularPad1d((3, 1))(signal)
