# api: torch.nn.Softmax
import torch
import torch.nn as nn
x = torch.arange(24.).reshape(2, 3, 4) / 5
s0 = nn.Softmax(dim=0)(x)
s1 = nn.Softmax(1)(x)
ls = nn.LogSoftmax(dim=-1)(x)
smin = nn.Softmin(dim=2)(x)
s2d = nn.Softmax2d()(x.unsqueeze(0))
