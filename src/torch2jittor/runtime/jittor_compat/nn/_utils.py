"""Small numerical helpers the layer classes share."""
from __future__ import annotations

import jittor as jt


def _uniform(shape, bound):
    return jt.init.uniform(list(shape), "float32", -bound, bound)


def _softmax(x, dim):
    m = x.max(dim, keepdims=True).stop_grad()
    e = jt.exp(x - m)
    return e / e.sum(dim, keepdims=True)


def _linear(x, weight, bias=None):
    y = jt.matmul(x, weight.transpose(1, 0))
    if bias is not None:
        y = y + bias
    return y


def _dropout_mask(shape, p):
    return (jt.rand(list(shape)) >= p).float32()
