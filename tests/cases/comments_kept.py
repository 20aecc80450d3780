# -*- a file header comment -*-
"""Module docstring: nn.Conv2d stays as written in here."""
import torch  # the framework
import torch.nn as nn


# A comment between blocks.
class Net(nn.Module):
    """A docstring mentioning torch.flatten and nn.ReLU(inplace=True)."""

    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(
            # first conv: keep this comment
            nn.Conv2d(3, 16, kernel_size=3,  # odd spacing kept
                      padding=1),
            nn.ReLU(
                inplace=True,  # dropped argument, comment kept
            ),
            nn.MaxPool2d(2, 2),  # trailing comment
        )
        label = 'torch.cat'  # a string containing torch: untouched

    def forward(self, x):
        # flatten everything but the batch
        return torch.flatten(self.body(x), 1)

# output
# -*- a file header comment -*-
"""Module docstring: nn.Conv2d stays as written in here."""
import jittor as jt
from jittor import nn
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j  # the framework


# A comment between blocks.
class Net(nn.Module):
    """A docstring mentioning torch.flatten and nn.ReLU(inplace=True)."""

    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(
            # first conv: keep this comment
            nn.Conv(3, 16, kernel_size=3,  # odd spacing kept
                      padding=1),
            nn.ReLU(
                # dropped argument, comment kept
            ),
            t2j.MaxPool2d(2, 2),  # trailing comment
        )
        label = 'torch.cat'  # a string containing torch: untouched

    def execute(self, x):
        # flatten everything but the batch
        return jt.flatten(self.body(x), 1)
