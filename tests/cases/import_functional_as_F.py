import torch.nn.functional as F
from torch.nn import functional as G


def act(x):
    return F.relu(x, inplace=True) + G.relu(x)

# output
from jittor import nn


def act(x):
    return nn.relu(x) + nn.relu(x)
