# api: torch.nn.Flatten
import torch
import torch.nn as nn
x = torch.arange(48.).reshape(2, 3, 4, 2)
f_default = nn.Flatten()(x).shape
f_mid = nn.Flatten(start_dim=1, end_dim=2)(x).shape
f_all = nn.Flatten(0, -1)(x).shape
u = nn.Unflatten(1, (2, 6))(x.reshape(2, 12, 2)).shape
