def build():
    import torch.nn as nn
    from torch.nn import functional as F

    return nn.Sequential(nn.ReLU(), nn.Flatten()), F.relu


def only_imports():
    import torch

# output
from jittor import nn


def build():

    return nn.Sequential(nn.ReLU(), nn.Flatten()), nn.relu


def only_imports():
    pass
