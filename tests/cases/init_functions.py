import torch.nn as nn


def init_weights(model):
    for m in model.modules():
        if isinstance(m, nn.Conv2d):
            nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
            if m.bias is not None:
                nn.init.constant_(m.bias, 0)
        elif isinstance(m, (nn.BatchNorm2d, nn.GroupNorm)):
            nn.init.constant_(m.weight, 1)
            nn.init.zeros_(m.bias)
        elif isinstance(m, nn.Linear):
            nn.init.normal_(m.weight, 0, 0.01)
            nn.init.uniform_(m.bias, a=-0.1, b=0.1)

# output
from jittor import init
from jittor import nn
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


def init_weights(model):
    for m in t2j.module_modules(model):
        if isinstance(m, nn.Conv):
            init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
            if m.bias is not None:
                init.constant_(m.bias, 0)
        elif isinstance(m, (t2j.BatchNorm2d, nn.GroupNorm)):
            init.constant_(m.weight, 1)
            init.zero_(m.bias)
        elif isinstance(m, nn.Linear):
            init.gauss_(m.weight, 0, 0.01)
            init.uniform_(m.bias, low=-0.1, high=0.1)
