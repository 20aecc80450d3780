from functools import partial
from typing import Callable, Optional

import torch.nn as nn


def block(norm_layer: Optional[Callable[..., nn.Module]] = None, activation_layer=nn.ReLU6) -> nn.Sequential:
    norm_layer = norm_layer or partial(nn.BatchNorm2d, eps=1e-3)
    layers = nn.Sequential(norm_layer(8), activation_layer(inplace=True))
    if isinstance(layers[0], (nn.BatchNorm2d, nn.GroupNorm)):  # plain classes for isinstance
        pass
    return layers


class Head(nn.Linear):  # a base class takes PyTorch's arguments too (its callers and super().__init__ pass them)
    pass

# output
from functools import partial
from typing import Callable, Optional

from jittor import nn
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


def block(norm_layer: Optional[Callable[..., nn.Module]] = None, activation_layer=t2j.adapt_args(nn.ReLU6, delete=('inplace',), positional=(0, ('inplace',)))) -> nn.Sequential:
    norm_layer = norm_layer or partial(t2j.adapt_args(t2j.BatchNorm2d, delete=('device', 'dtype'), positional=(5, ('device', 'dtype'))), eps=1e-3)
    layers = nn.Sequential(norm_layer(8), activation_layer(inplace=True))
    if isinstance(layers[0], (t2j.BatchNorm2d, nn.GroupNorm)):  # plain classes for isinstance
        pass
    return layers


class Head(t2j.adapt_args(nn.Linear, delete=('device', 'dtype'), positional=(3, ('device', 'dtype')))):  # a base class takes PyTorch's arguments too (its callers and super().__init__ pass them)
    pass
