"""torch.nn.functional pooling (separable: one window reduction per spatial axis)."""
from __future__ import annotations

import builtins

import jittor as jt
from jittor import nn as jnn
import numpy as np

from .._common import FLOAT_DTYPES, is_float, ntuple
from ..ops.pointwise import sign


def _min_value(x):
    d = str(x.dtype)
    if d in FLOAT_DTYPES:
        return float("-inf")
    if d == "bool":
        return 0
    return int(np.iinfo(d).min)


def _pool_len(size, kernel, stride, pad, dilation, ceil_mode):
    span = size + 2 * pad - dilation * (kernel - 1) - 1
    if ceil_mode:
        out = -(-span // stride) + 1
        if (out - 1) * stride >= size + pad:
            out -= 1
    else:
        out = span // stride + 1
    return out


def _window_axis(x, axis, kernel, stride, pad, dilation, out, overflow):
    shape = list(x.shape)
    shape[axis:axis + 1] = [out, kernel]
    exprs = [f"i{j}" for j in range(axis)]
    exprs.append(f"i{axis}*{stride}-{pad}+i{axis + 1}*{dilation}")
    exprs += [f"i{j + 1}" for j in range(axis + 1, x.ndim)]
    return x.reindex(shape, exprs, overflow_value=overflow)


def _pool_args(nd, kernel_size, stride, padding, dilation):
    k = ntuple(kernel_size, nd)
    s = ntuple(stride, nd) if stride is not None and stride != [] and stride != () else k
    return k, s, ntuple(padding, nd), ntuple(dilation, nd)


def _max_pool(input, nd, kernel_size, stride, padding, dilation, ceil_mode):
    k, s, p, d = _pool_args(nd, kernel_size, stride, padding, dilation)
    x = input
    first = x.ndim - nd
    for i in range(nd):
        axis = first + i
        out = _pool_len(x.shape[axis], k[i], s[i], p[i], d[i], ceil_mode)
        x = _window_axis(x, axis, k[i], s[i], p[i], d[i], out, _min_value(x)).max(axis + 1)
    return x


def _avg_pool(input, nd, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override):
    k, s, p, _ = _pool_args(nd, kernel_size, stride, padding, 1)
    x = input
    first = x.ndim - nd
    divisor = None
    for i in range(nd):
        axis = first + i
        size = x.shape[axis]
        out = _pool_len(size, k[i], s[i], p[i], 1, ceil_mode)
        x = _window_axis(x, axis, k[i], s[i], p[i], 1, out, 0).sum(axis + 1)
        counts = []
        for o in range(out):
            start = o * s[i] - p[i]
            end = builtins.min(start + k[i], size + p[i])
            if count_include_pad:
                counts.append(end - start)
            else:
                counts.append(builtins.min(end, size) - builtins.max(start, 0))
        c = np.array(counts, dtype="float64")
        divisor = c if divisor is None else np.multiply.outer(divisor, c)
    if divisor_override:
        return x / divisor_override
    return x / jt.array(divisor.astype(str(x.dtype) if is_float(x) else "float32"))


def max_pool1d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False):
    return _max_pool(input, 1, kernel_size, stride, padding, dilation, ceil_mode)


def max_pool3d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False):
    return _max_pool(input, 3, kernel_size, stride, padding, dilation, ceil_mode)


def avg_pool1d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True):
    return _avg_pool(input, 1, kernel_size, stride, padding, ceil_mode, count_include_pad, None)


def avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=None):
    """Used where Jittor's avg_pool2d differs: count_include_pad=False, ceil_mode=True, divisor_override."""
    return _avg_pool(input, 2, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)


def avg_pool3d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=None):
    return _avg_pool(input, 3, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)


def lp_pool1d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    return _lp_pool(input, 1, norm_type, kernel_size, stride, ceil_mode)


def lp_pool2d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    return _lp_pool(input, 2, norm_type, kernel_size, stride, ceil_mode)


def _lp_pool(input, nd, norm_type, kernel_size, stride, ceil_mode):
    k = ntuple(kernel_size, nd)
    area = 1
    for v in k:
        area *= v
    out = _avg_pool(jt.pow(input, norm_type), nd, kernel_size, stride, 0, ceil_mode, True, None)
    return jt.pow(sign(out) * jnn.relu(jt.abs(out)) * area, 1.0 / norm_type)


def _adaptive_axis(x, axis, out, op):
    size = x.shape[axis]
    starts = [(i * size) // out for i in range(out)]
    ends = [-(-((i + 1) * size) // out) for i in range(out)]
    lens = [e - s for s, e in zip(starts, ends)]
    kmax = builtins.max(lens)
    shape = list(x.shape)
    shape[axis:axis + 1] = [out, kmax]
    exprs = [f"i{j}" for j in range(axis)]
    exprs.append(f"@e0(i{axis})+i{axis + 1}")
    exprs += [f"i{j + 1}" for j in range(axis + 1, x.ndim)]
    extras = [jt.array(np.array(starts, dtype="int32")), jt.array(np.array(lens, dtype="int32"))]
    overflow = _min_value(x) if op == "max" else 0
    win = x.reindex(shape, exprs, extras=extras, overflow_conditions=[f"i{axis + 1} >= @e1(i{axis})"],
                    overflow_value=overflow)
    return (win.max(axis + 1) if op == "max" else win.sum(axis + 1)), lens


def _adaptive_sizes(input, nd, output_size):
    sizes = ntuple(output_size, nd)
    first = input.ndim - nd
    return [input.shape[first + i] if s is None else int(s) for i, s in enumerate(sizes)]


def _adaptive_avg(input, nd, output_size):
    sizes = _adaptive_sizes(input, nd, output_size)
    first = input.ndim - nd
    x = input
    divisor = np.ones([1] * nd)
    for i in range(nd):
        x, lens = _adaptive_axis(x, first + i, sizes[i], "sum")
        shape = [1] * nd
        shape[i] = sizes[i]
        divisor = divisor * np.array(lens, dtype="float64").reshape(shape)
    return x / jt.array(divisor.astype(str(x.dtype) if is_float(x) else "float32"))


def _adaptive_max(input, nd, output_size):
    sizes = _adaptive_sizes(input, nd, output_size)
    first = input.ndim - nd
    x = input
    for i in range(nd):
        x, _ = _adaptive_axis(x, first + i, sizes[i], "max")
    return x


def adaptive_avg_pool1d(input, output_size):
    return _adaptive_avg(input, 1, output_size)


def adaptive_avg_pool2d(input, output_size):
    return _adaptive_avg(input, 2, output_size)


def adaptive_avg_pool3d(input, output_size):
    return _adaptive_avg(input, 3, output_size)


def adaptive_max_pool1d(input, output_size):
    return _adaptive_max(input, 1, output_size)


def adaptive_max_pool2d(input, output_size):
    return _adaptive_max(input, 2, output_size)


def adaptive_max_pool3d(input, output_size):
    return _adaptive_max(input, 3, output_size)
