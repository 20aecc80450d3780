# api: torch.nn.Tanhshrink
import torch
import torch.nn as nn
y = nn.Tanhshrink()(torch.tensor([-1.0, 0.5]))
