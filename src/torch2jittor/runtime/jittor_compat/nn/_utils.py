"""Small numerical helpers the layer classes share."""
from __future__ import annotations

import jittor as jt
import numpy as np


def _prod(values):
    out = 1
    for v in values:
        out *= int(v)
    return out


def _uniform(shape, bound):
    return jt.init.uniform(list(shape), "float32", -bound, bound)


def _log1p(x):
    return jt.log(1.0 + x)


def _softplus(x):
    """log(1 + exp(x)), stable for large |x|."""
    return jt.maximum(x, 0.0) + _log1p(jt.exp(-jt.abs(x)))


def _log_sigmoid(x):
    return jt.minimum(x, 0.0) - _log1p(jt.exp(-jt.abs(x)))


def _softmax_dim(ndim):
    """torch's legacy implicit softmax dim (dim=None)."""
    return 0 if ndim in (0, 1, 3) else 1


def _log_softmax(x, dim):
    m = x.max(dim, keepdims=True).stop_grad()
    y = x - m
    return y - jt.log(jt.exp(y).sum(dim, keepdims=True))


def _softmax(x, dim):
    m = x.max(dim, keepdims=True).stop_grad()
    e = jt.exp(x - m)
    return e / e.sum(dim, keepdims=True)


def _linear(x, weight, bias=None):
    y = jt.matmul(x, weight.transpose(1, 0))
    if bias is not None:
        y = y + bias
    return y


def _take(x, dim, index):
    """x.index_select(dim, index) for a 1-D index (numpy or Var)."""
    if not isinstance(index, jt.Var):
        index = jt.array(np.asarray(index, dtype="int32"))
    return x[(slice(None),) * dim + (index,)]


def _dropout_mask(shape, p):
    return (jt.rand(list(shape)) >= p).float32()
