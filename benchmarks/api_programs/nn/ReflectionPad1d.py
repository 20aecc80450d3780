# api: torch.nn.ReflectionPad1d
import torch
import torch.nn as nn
y = nn.ReflectionPad1d((2, 1))(torch.arange(4.).reshape(1, 1, 4))
