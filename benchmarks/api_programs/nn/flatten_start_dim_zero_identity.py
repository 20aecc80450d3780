# api: torch.nn.Flatten
import torch
import torch.nn as nn
x = torch.arange(24.).reshape(2, 3, 4)
a = nn.Flatten(0)(x)
b = nn.Flatten(0, 1)(x)
c = nn.Flatten(-2)(x)
