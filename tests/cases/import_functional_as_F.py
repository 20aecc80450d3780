import torch.nn.functional as F
from torch.nn import functional as G


def act(x):
    return F.relu(x, inplace=True) + G.relu(x)

# output
from jittor import nn
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


def act(x):
    return t2j.inplace_(x, nn.relu(x)) + nn.relu(x)
