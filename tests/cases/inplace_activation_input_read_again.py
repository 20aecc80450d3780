import torch.nn as nn


class EntryFlow(nn.Module):
    def __init__(self):
        super().__init__()
        self.residual = nn.Sequential(
            nn.ReLU(inplace=True),  # PyTorch: the shortcut below reads relu(x)
            nn.Conv2d(8, 8, 3, padding=1),
        )
        self.shortcut = nn.Conv2d(8, 8, 1)
        self.relu = nn.ReLU(inplace=True)

    def forward(self, x):
        residual = self.residual(x)
        shortcut = self.shortcut(x)
        x = self.relu(residual + shortcut)
        return x

# output
from jittor import nn
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


class EntryFlow(nn.Module):
    def __init__(self):
        super().__init__()
        self.residual = nn.Sequential(
            t2j.writes_through(nn.ReLU()),  # PyTorch: the shortcut below reads relu(x)
            nn.Conv(8, 8, 3, padding=1),
        )
        self.shortcut = nn.Conv(8, 8, 1)
        self.relu = nn.ReLU()

    def execute(self, x):
        residual = self.residual(x)
        shortcut = self.shortcut(x)
        x = self.relu(residual + shortcut)
        return x
