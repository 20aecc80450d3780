import torch
import torch.nn as nn


class Net(nn.Module):
    def forward(self, x):
        ids = torch.arange(4, device=x.device)
        if (x.is_cuda or x.is_xpu) and not x.is_cpu:
            return x + ids
        return x - ids


def where(config):
    return config.device, config.is_cuda  # not a tensor: left alone

# output
from jittor import nn
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


class Net(nn.Module):
    def execute(self, x):
        ids = t2j.arange(4)
        if ((t2j.device_of(x).type == 'cuda') or False) and not (t2j.device_of(x).type == 'cpu'):
            return x + ids
        return x - ids


def where(config):
    return config.device, config.is_cuda  # not a tensor: left alone
