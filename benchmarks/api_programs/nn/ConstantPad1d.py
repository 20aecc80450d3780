# api: torch.nn.ConstantPad1d
import torch
import torch.nn as nn
signal = torch.tensor([[[1.0, 2.0, 3.0]]])
padded = nn.ConstantPad1d(2, 3.5)(signal)
pad = nn.ConstantPad1d((1, 3), 0.0)
padded_asym = pad(signal)
