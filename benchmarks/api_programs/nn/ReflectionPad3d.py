# api: torch.nn.ReflectionPad3d
import torch
import torch.nn as nn
y = nn.ReflectionPad3d(1)(torch.arange(8.).reshape(1, 1, 2, 2, 2))
