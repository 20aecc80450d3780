import torch.nn as nn


def reset(layer, init="normal"):  # a parameter named like Jittor's init module: the import takes another name
    if init == "normal":
        nn.init.normal_(layer.weight)
    else:
        nn.init.zeros_(layer.weight)

# output
from jittor import init as jittor_init


def reset(layer, init="normal"):  # a parameter named like Jittor's init module: the import takes another name
    if init == "normal":
        jittor_init.gauss_(layer.weight)
    else:
        jittor_init.zero_(layer.weight)
