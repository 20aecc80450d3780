import torch
import torch.nn as nn


class Attention(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.qkv = nn.Linear(dim, dim * 3)
        length = dim
        # swin_transformer.py's pattern: PyTorch's slice is a view, Jittor's a copy
        self.qkv.bias[length : 2 * length].data.zero_()
        self.qkv.weight.data.normal_(0, 0.01)
        self.qkv.bias.data[0] = 1.0
        self.loss_weight = [1.0, 0.5]
        self.loss_weight[0] = 2.0  # a list: indexing left as written
        self.qkv.bias.data += 0.5
        self.qkv.weight.data = torch.ones(dim * 3, dim)  # replaced whole
        with torch.no_grad():
            self.qkv.bias[:2].fill_(3.0)
            self.qkv.bias[-1].neg_().add_(2)
        for p in self.parameters():
            p.data.mul_(0.5)
        for name, b in self.named_buffers():
            b.data.zero_()

    def forward(self, x):
        snapshot = self.qkv.weight.data
        x[0].zero_()
        x[[0, 1]].zero_()  # advanced indexing copies in PyTorch too: left as written
        y = x[1:].add_(1)  # a view used as a value: reported
        x.view(-1).mul_(2)  # an in-place write through a view: reported
        return self.qkv(x) + snapshot.sum() + y.sum()

# output
import jittor as jt
from jittor import nn
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


class Attention(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.qkv = nn.Linear(dim, dim * 3)
        length = dim
        # swin_transformer.py's pattern: PyTorch's slice is a view, Jittor's a copy
        self.qkv.bias[length : 2 * length] = self.qkv.bias[length : 2 * length].zero_()
        self.qkv.weight.normal_(0, 0.01)
        self.qkv.bias[0, ...] = 1.0
        self.loss_weight = [1.0, 0.5]
        self.loss_weight[0] = 2.0  # a list: indexing left as written
        self.qkv.bias += 0.5
        self.qkv.weight.assign(t2j.ones(dim * 3, dim))  # replaced whole
        with jt.no_grad():
            self.qkv.bias[:2] = self.qkv.bias[:2].fill_(3.0)
            self.qkv.bias[-1] = t2j.tensor_neg_(self.qkv.bias[-1]).add_(2)
        for p in t2j.module_parameters(self):
            p.mul_(0.5)
        for name, b in t2j.module_named_buffers(self):
            b.zero_()

    def execute(self, x):
        snapshot = self.qkv.weight.detach()
        x[0] = x[0].zero_()
        x[[0, 1]].zero_()  # advanced indexing copies in PyTorch too: left as written
        y = x[1:].add_(1)  # a view used as a value: reported  # torch2jittor: unsupported: torch.Tensor.add_
        x.view(-1).mul_(2)  # an in-place write through a view: reported  # torch2jittor: unsupported: torch.Tensor.mul_
        return self.qkv(x) + snapshot.sum() + y.sum()
# diagnostics
# unsupported-api 30:13 torch.Tensor.add_
# unsupported-api 31:9 torch.Tensor.mul_
