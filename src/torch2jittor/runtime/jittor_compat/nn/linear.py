"""torch.nn.Bilinear."""
from __future__ import annotations

import math

import jittor as jt

from ._utils import _uniform


class Bilinear(jt.Module):
    def __init__(self, in1_features, in2_features, out_features, bias=True):
        self.in1_features, self.in2_features, self.out_features = in1_features, in2_features, out_features
        bound = 1 / math.sqrt(in1_features)
        self.weight = _uniform((out_features, in1_features, in2_features), bound)
        self.bias = _uniform((out_features,), bound) if bias else None

    def execute(self, x1, x2):
        lead = list(x1.shape[:-1])
        a = x1.reshape([-1, self.in1_features])
        b = x2.reshape([-1, self.in2_features])
        w = self.weight.transpose(1, 0, 2).reshape([self.in1_features, -1])  # (in1, out*in2)
        t = jt.matmul(a, w).reshape([-1, self.out_features, self.in2_features])
        y = (t * b.unsqueeze(1)).sum(2)
        if self.bias is not None:
            y = y + self.bias
        return y.reshape(lead + [self.out_features])
