import torch


def count(x: torch.Tensor, shape):
    size = x.size()
    n = size.numel() + x.shape.numel() + x.size()[1:].numel()
    ones = size.count(1)  # tuple's count, which Jittor's shape lacks
    return n, ones, shape.numel()  # a parameter: any object's numel


# output
import jittor as jt
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


def count(x: jt.Var, shape):
    size = x.shape
    n = t2j.Size(size).numel() + t2j.Size(x.shape).numel() + t2j.Size(x.shape[1:]).numel()
    ones = t2j.Size(size).count(1)  # tuple's count, which Jittor's shape lacks
    return n, ones, shape.numel()  # a parameter: any object's numel

