# api: torch.nn.ZeroPad1d
import torch
import torch.nn as nn
signal = torch.tensor([[[1.0, 2.0, 3.0]]])
padded = nn.ZeroPad1d(2)(signal)
pad = nn.ZeroPad1d((0, 3))
padded_right = pad(signal)
