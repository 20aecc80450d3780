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


def _pad(x, pad, mode="constant", value=0.0):
    """torch.nn.functional.pad for constant/reflect/replicate/circular (pad: last dim first)."""
    pad = [int(p) for p in pad]
    if len(pad) % 2:
        raise ValueError("Padding length must be divisible by 2")
    nd = len(pad) // 2
    if nd > x.ndim:
        raise ValueError("Padding length too large")
    if any(p < 0 for p in pad):  # negative padding crops
        index = [slice(None)] * x.ndim
        for j in range(nd):
            dim = x.ndim - 1 - j
            left, right = pad[2 * j], pad[2 * j + 1]
            index[dim] = slice(-left if left < 0 else 0, x.shape[dim] + right if right < 0 else x.shape[dim])
        x = x[tuple(index)]
        pad = [max(p, 0) for p in pad]
    if not any(pad):
        return x
    shape, exprs = [], []
    for i, n in enumerate(x.shape):
        j = x.ndim - 1 - i
        left, right = (pad[2 * j], pad[2 * j + 1]) if j < nd else (0, 0)
        shape.append(n + left + right)
        if left == 0 and right == 0:
            exprs.append(f"i{i}")
        elif mode == "constant":
            exprs.append(f"i{i}-{left}")
        elif mode == "replicate":
            exprs.append(f"i{i}<{left} ? 0 : i{i}>{n + left - 1} ? {n - 1} : i{i}-{left}")
        elif mode == "reflect":
            if left >= n or right >= n:
                raise ValueError("Padding size should be less than the corresponding input dimension")
            exprs.append(f"i{i}<{left} ? {left}-i{i} : i{i}>{n + left - 1} ? {2 * (n - 1) + left}-i{i} : i{i}-{left}")
        elif mode == "circular":
            if left > n or right > n:
                raise ValueError("Padding value causes wrapping around more than once.")
            exprs.append(f"i{i}<{left} ? {n - left}+i{i} : i{i}>{n + left - 1} ? i{i}-{n + left} : i{i}-{left}")
        else:
            raise NotImplementedError(f"padding mode {mode!r}")
    if mode != "constant" or value == 0:
        return x.reindex(shape, exprs, overflow_value=0)
    # Jittor's reindex fails to compile many float overflow values (0.5, 0.1, ...): pad with 0, then fill.
    inside = jt.ones(x.shape, "bool").reindex(shape, exprs, overflow_value=0)
    y = x.reindex(shape, exprs, overflow_value=0)
    return jt.ternary(inside, y, jt.full_like(y, value))


def _dropout_mask(shape, p):
    return (jt.rand(list(shape)) >= p).float32()
