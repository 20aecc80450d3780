import math

import torch
import torch.nn as nn


def hard_mish(x, inplace: bool = False):
    # x is a tensor: the module's forward passes one
    return 0.5 * x * (x + 2).clamp(min=0, max=2)


def trunc_normal_(tensor, a=-2.0, b=2.0):
    # tensor is a tensor: only tensors have uniform_/erfinv_
    tensor.uniform_(-1, 1)
    tensor.erfinv_()
    tensor.mul_(math.sqrt(2.0))
    tensor.clamp_(min=a, max=b)
    return tensor


def bounded(cfg):
    # cfg is not known to be a tensor: PyTorch's clamp where it is a Var, else its own
    return cfg.clamp(min=1)


class HardMish(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("index", torch.zeros(4, dtype=torch.long), persistent=False)
        self.scale = nn.Parameter(torch.ones(1))

    def reset(self):
        # registered as a buffer and a parameter: tensors
        self.index.copy_(torch.arange(4))
        self.scale.fill_(1.0)

    def forward(self, x):
        return hard_mish(x)

# output
import math

import jittor as jt
from jittor import nn
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


def hard_mish(x, inplace: bool = False):
    # x is a tensor: the module's forward passes one
    return 0.5 * x * t2j.tensor_clamp((x + 2), min=0, max=2)


def trunc_normal_(tensor, a=-2.0, b=2.0):
    # tensor is a tensor: only tensors have uniform_/erfinv_
    tensor.uniform_(-1, 1)
    tensor.erfinv_()
    tensor.mul_(math.sqrt(2.0))
    tensor.clamp_(min_v=a, max_v=b)
    return tensor


def bounded(cfg):
    # cfg is not known to be a tensor: PyTorch's clamp where it is a Var, else its own
    return t2j.maybe_tensor(cfg).clamp(min=1)


class HardMish(nn.Module):
    def __init__(self):
        super().__init__()
        t2j.register_module_buffer(self, "index", t2j.zeros(4, dtype=jt.int64), persistent=False)
        self.scale = t2j.Parameter(t2j.ones(1))

    def reset(self):
        # registered as a buffer and a parameter: tensors
        t2j.tensor_copy_(self.index, t2j.arange(4))
        self.scale.fill_(1.0)

    def execute(self, x):
        return hard_mish(x)
