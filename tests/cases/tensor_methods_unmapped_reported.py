import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(4, 4)

    def forward(self, x):
        out = self.body(x)
        sparse = x.to_sparse_csr()  # a torch API Jittor lacks: reported
        heads = out.values()  # a module's output may be a dict: left as written
        odd = x.frobnicate(3)  # not a torch API: the object is something else, left as written
        out["aux"] = x  # a string indexes a dict: no tensor indexing rewrite
        return sparse, heads, odd


def resume(path):
    ckpt = torch.load(path)  # a checkpoint, not a tensor: its indexing stays
    ckpt["epoch"] = 3
    ckpt["state"][0] = 1
    return ckpt

# output
from jittor import nn
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(4, 4)

    def execute(self, x):
        out = self.body(x)
        sparse = x.to_sparse_csr()  # a torch API Jittor lacks: reported  # torch2jittor: unsupported: torch.Tensor.to_sparse_csr
        heads = out.values()  # a module's output may be a dict: left as written
        odd = x.frobnicate(3)  # not a torch API: the object is something else, left as written
        out["aux"] = x  # a string indexes a dict: no tensor indexing rewrite
        return sparse, heads, odd


def resume(path):
    ckpt = t2j.load(path)  # a checkpoint, not a tensor: its indexing stays
    ckpt["epoch"] = 3
    ckpt["state"][0] = 1
    return ckpt
# diagnostics
# unsupported-api 12:18 torch.Tensor.to_sparse_csr
