import torch.nn as nn


def init_weights(m):
    if type(m) == nn.Linear:  # compared by identity: the plain class, as for isinstance()
        nn.init.normal_(m.weight)
    elif m.__class__ is nn.Conv2d or type(m) in (nn.Conv1d, nn.Embedding):
        nn.init.zeros_(m.weight)


def make(layer=nn.ReLU):  # a class passed around as a value is still adapted
    return layer()

# output
from jittor import init
from jittor import nn
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


def init_weights(m):
    if type(m) == nn.Linear:  # compared by identity: the plain class, as for isinstance()
        init.gauss_(m.weight)
    elif m.__class__ is nn.Conv or type(m) in (t2j.Conv1d, t2j.Embedding):
        init.zero_(m.weight)


def make(layer=t2j.adapt_args(nn.ReLU, delete=('inplace',), positional=(0, ('inplace',)))):  # a class passed around as a value is still adapted
    return layer()
