# api: torch.nn.LPPool1d
import torch
import torch.nn as nn
pool = nn.LPPool1d(2, 3, stride=2)
signal = torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]]])
pooled = pool(signal)
