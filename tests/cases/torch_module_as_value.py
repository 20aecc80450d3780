import torch
import torch.nn.functional as F


def relu_twice(x):
    G = torch.nn.functional  # an alias by assignment: not followed
    return G.relu(F.relu(x))

# output
from jittor import nn
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j
torch = t2j.unsupported('torch')


def relu_twice(x):
    G = torch.nn.functional  # an alias by assignment: not followed  # torch2jittor: unsupported: torch.nn.functional
    return G.relu(nn.relu(x))
# diagnostics
# unsupported-api 6:9 torch.nn.functional
