import torch.nn as nn


class Box:
    def size(self, dim=None):
        return 3


class Net(nn.Module):
    def forward(self, x):
        box = Box()
        n = box.size(0)
        return x.view(x.size(0), -1), x.size(), box.size(), n


def helper(nn):
    # `nn` here is a parameter, not torch.nn
    return nn.Conv2d(1, 2)

# output
from jittor import nn


class Box:
    def size(self, dim=None):
        return 3


class Net(nn.Module):
    def execute(self, x):
        box = Box()
        n = box.size(0)
        return x.view(x.shape[0], -1), x.shape, box.size(), n


def helper(nn):
    # `nn` here is a parameter, not torch.nn
    return nn.Conv2d(1, 2)
