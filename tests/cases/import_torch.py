import torch


def pool(x):
    return torch.flatten(torch.cat([x, x], 1), 1)

# output
import jittor as jt


def pool(x):
    return jt.flatten(jt.concat([x, x], 1), 1)
