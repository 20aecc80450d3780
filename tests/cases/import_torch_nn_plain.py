import torch.nn


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = torch.nn.MaxPool2d(2)
        self.conv = torch.nn.Conv2d(3, 8, 3)

# output
from jittor import nn
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = t2j.MaxPool2d(2)
        self.conv = nn.Conv(3, 8, 3)
