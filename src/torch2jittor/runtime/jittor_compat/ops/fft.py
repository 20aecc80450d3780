"""torch.fft's real-valued helpers: sample frequencies and spectrum shifts (Jittor has no complex dtype,
so the transforms themselves are reported unsupported)."""
from __future__ import annotations

import numpy as np

import jittor as jt

from .._common import dtype_arg, wrap_dim


def fftfreq(n, d=1.0, dtype=None):
    return jt.array(np.fft.fftfreq(n, d), dtype=dtype_arg(dtype) or "float32")


def rfftfreq(n, d=1.0, dtype=None):
    return jt.array(np.fft.rfftfreq(n, d), dtype=dtype_arg(dtype) or "float32")


def _shift(x, dim, sign):
    dims = range(x.ndim) if dim is None else [dim] if isinstance(dim, int) else dim
    for axis in dims:
        axis = wrap_dim(axis, x.ndim)
        n = x.shape[axis]
        k = (sign * (n // 2)) % n if n else 0
        if k:
            head = [slice(None)] * axis + [slice(n - k, None)]
            tail = [slice(None)] * axis + [slice(0, n - k)]
            x = jt.concat([x[tuple(head)], x[tuple(tail)]], axis)
    return x


def fftshift(input, dim=None):
    return _shift(input, dim, 1)


def ifftshift(input, dim=None):
    return _shift(input, dim, -1)
