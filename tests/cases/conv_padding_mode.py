import torch
import torch.nn as nn


class Block(torch.jit.ScriptModule):
    def __init__(self, c, mode="zeros"):
        super().__init__()
        self.plain = nn.Conv2d(c, c, 3, padding=1, padding_mode="zeros")
        self.mirrored = nn.Conv2d(c, c, 3, padding=1, padding_mode="reflect")
        self.chosen = nn.Conv2d(c, c, 3, 1, 1, 1, 1, True, mode)  # RepVGG passes it through

    @torch.jit.script_method
    def forward(self, x):
        return self.chosen(self.mirrored(self.plain(x)))

# output
from jittor import nn
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


class Block(nn.Module):
    def __init__(self, c, mode="zeros"):
        super().__init__()
        self.plain = nn.Conv(c, c, 3, padding=1)
        self.mirrored = t2j.Conv2d(c, c, 3, padding=1, padding_mode="reflect")
        self.chosen = t2j.Conv2d(c, c, 3, 1, 1, 1, 1, True, mode)  # RepVGG passes it through

    @t2j.jit_passthrough
    def execute(self, x):
        return self.chosen(self.mirrored(self.plain(x)))
