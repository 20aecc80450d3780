import torch.nn as nn
import torch.nn.functional as F


def layers(x):
    a = nn.AvgPool2d(3, 2, 1, True)
    b = nn.MaxPool2d(3, stride=2, padding=1, ceil_mode=True)
    c = nn.Conv2d(3, 8, 3, 1, 1, bias=False, padding_mode='zeros')
    d = nn.ConvTranspose2d(3, 8, 3, padding_mode='reflect')
    e = nn.Dropout(0.2, True)
    f = nn.MaxPool2d(
        kernel_size=2,
        stride=2,
    )
    g = F.max_pool2d(x, 2, 2, 0, 1, True)
    h = nn.LeakyReLU(0.2, inplace=True)
    i = nn.BatchNorm2d(8, momentum=0.01, device=None)
    j = nn.AvgPool2d(3, 1, 1, count_include_pad=False)
    k = nn.MaxPool2d(2, 2, 0, 1, False, True)
    return a, b, c, d, e, f, g, h, i, j, k

# output
from jittor import nn
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


def layers(x):
    a = t2j.AvgPool2d(3, 2, 1, True)
    b = t2j.MaxPool2d(3, stride=2, padding=1, ceil_mode=True)
    c = nn.Conv(3, 8, 3, 1, 1, bias=False)
    d = t2j.ConvTranspose2d(3, 8, 3, padding_mode='reflect')
    e = nn.Dropout(0.2, is_train=True)
    f = t2j.MaxPool2d(
        kernel_size=2,
        stride=2,
    )
    g = t2j.max_pool2d(x, 2, 2, 0, 1, True)
    h = nn.LeakyReLU(0.2)
    i = t2j.BatchNorm2d(8, momentum=0.01)
    j = t2j.AvgPool2d(3, 1, 1, count_include_pad=False)
    k = t2j.MaxPool2d(2, 2, 0, 1, False, True)
    return a, b, c, d, e, f, g, h, i, j, k
