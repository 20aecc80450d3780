import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.NoSuchLayer3000(1, 2, 3)
        self.lin = nn.Linear(4, 4)

    def forward(self, x):
        y = torch.special_op(x, """a string
spanning lines""")
        return torch.flatten(y)


# output
import jittor as jt
from jittor import nn
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j
torch = t2j.unsupported('torch')


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.NoSuchLayer3000(1, 2, 3)  # torch2jittor: unsupported: torch.nn.NoSuchLayer3000
        self.lin = nn.Linear(4, 4)

    def execute(self, x):
        y = torch.special_op(x, """a string
spanning lines""")  # torch2jittor: unsupported: torch.special_op
        return jt.flatten(y)

# diagnostics
# unsupported-api 8:21 torch.nn.NoSuchLayer3000
# unsupported-api 12:13 torch.special_op
