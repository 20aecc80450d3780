"""torch.nn.functional interpolation (PyTorch's CPU kernels), padding and pixel/channel shuffles."""
from __future__ import annotations

import math

import jittor as jt
import numpy as np

from .._common import ntuple
from .pooling import _adaptive_avg
from ..ops.shape import transpose


def _interp_table(in_size, out_size, scale, mode, align_corners, np_float):
    """Source indices and weights along one axis, computed in the kernel's float precision."""
    f = np_float
    if mode in ("nearest", "nearest-exact"):
        if out_size == in_size and mode == "nearest":
            return [np.arange(out_size)], None
        if mode == "nearest" and out_size == 2 * in_size:
            return [np.arange(out_size) >> 1], None
        s = f(1.0 / scale) if scale is not None and scale > 0 else f(in_size) / f(out_size)
        dst = np.arange(out_size).astype(f)
        src = np.floor(dst * s) if mode == "nearest" else np.floor((dst + f(0.5)) * s)
        return [np.minimum(src.astype("int64"), in_size - 1)], None
    if align_corners:
        s = f(in_size - 1) / f(out_size - 1) if out_size > 1 else f(0)
    else:
        s = f(1.0 / scale) if scale is not None and scale > 0 else f(in_size) / f(out_size)
    dst = np.arange(out_size).astype(f)
    cubic = mode == "bicubic"
    if align_corners:
        real = s * dst
    else:
        real = s * (dst + f(0.5)) - f(0.5)
        if not cubic:
            real = np.where(real < 0, f(0), real).astype(f)
    idx = np.minimum(np.floor(real).astype("int64"), in_size - 1)
    lam = np.minimum(np.maximum(real - idx.astype(f), f(0)), f(1)).astype(f)
    if not cubic:
        if out_size == in_size:
            ar = np.arange(out_size)
            return [ar, ar], [np.ones(out_size, f), np.zeros(out_size, f)]
        idx1 = idx + (idx < in_size - 1)
        return [idx, idx1], [(f(1) - lam).astype(f), lam]
    a = f(-0.75)

    def conv1(x):
        return ((a + f(2)) * x - (a + f(3))) * x * x + f(1)

    def conv2(x):
        return ((a * x - f(5) * a) * x + f(8) * a) * x - f(4) * a

    x1 = lam
    x2 = f(1) - lam
    weights = [conv2(x1 + f(1)), conv1(x1), conv1(x2), conv2(x2 + f(1))]
    indices = [np.clip(idx - 1 + j, 0, in_size - 1) for j in range(4)]
    return indices, [w.astype(f) for w in weights]


def _interp_axis(x, axis, out_size, scale, mode, align_corners):
    in_size = x.shape[axis]
    np_float = np.float64 if str(x.dtype) == "float64" else np.float32
    indices, weights = _interp_table(in_size, out_size, scale, mode, align_corners, np_float)
    lead = (slice(None),) * axis
    taps = [x[lead + (jt.array(i.astype("int32")),)] for i in indices]
    if weights is None:
        return taps[0]
    shape = [out_size] + [1] * (x.ndim - axis - 1)
    out = None
    for tap, w in zip(taps, weights):
        term = jt.array(w.reshape(shape).astype(str(x.dtype))) * tap
        out = term if out is None else out + term
    return out


_INTERP_DIMS = {"linear": 1, "bilinear": 2, "bicubic": 2, "trilinear": 3}


def interpolate(input, size=None, scale_factor=None, mode="nearest", align_corners=None,
                recompute_scale_factor=None):
    nd = input.ndim - 2
    if nd < 1:
        raise ValueError(f"Input Error: Only 3D, 4D and 5D input Tensors supported (got {input.ndim}D)")
    if mode in ("nearest", "area", "nearest-exact"):
        if align_corners is not None:
            raise ValueError("align_corners option can only be set with the interpolating modes: "
                             "linear | bilinear | bicubic | trilinear")
    elif mode not in _INTERP_DIMS:
        raise NotImplementedError(f"Input Error: Only 3D, 4D and 5D input Tensors supported (got {input.ndim}D) "
                                  f"for the modes: nearest | linear | bilinear | bicubic | trilinear | area | "
                                  f"nearest-exact (got {mode})")
    elif _INTERP_DIMS[mode] != nd:
        raise NotImplementedError(f"Got {input.ndim}D input, but {mode} mode needs {_INTERP_DIMS[mode] + 2}D input")
    align_corners = bool(align_corners)
    if size is not None and scale_factor is not None:
        raise ValueError("only one of size or scale_factor should be defined")
    if size is not None:
        out = [int(s) for s in ntuple(size, nd)]
        if len(out) != nd:
            raise ValueError(f"Input and output must have the same number of spatial dimensions, but got input "
                             f"with spatial dimensions of {list(input.shape[2:])} and output size of {out}. "
                             f"Please provide input tensor in (N, C, d1, d2, ...,dK) format and output size in "
                             f"(o1, o2, ...,oK) format.")
        scales = [None] * nd
    elif scale_factor is not None:
        factors = [float(s) for s in ntuple(scale_factor, nd)]
        if len(factors) != nd:
            raise ValueError(f"Input and scale_factor must have the same number of spatial dimensions, but got "
                             f"input with spatial dimensions of {list(input.shape[2:])} and scale_factor of "
                             f"shape {factors}. Please provide input tensor in (N, C, d1, d2, ...,dK) format and "
                             f"scale_factor in (s1, s2, ...,sK) format.")
        out = [int(math.floor(input.shape[2 + i] * factors[i])) for i in range(nd)]
        scales = [None] * nd if recompute_scale_factor else factors
    else:
        raise ValueError("either size or scale_factor should be defined")
    if mode == "area":
        return _adaptive_avg(input, nd, out)
    x = input
    for i in reversed(range(nd)):  # innermost axis first, as PyTorch's kernels accumulate
        x = _interp_axis(x, 2 + i, out[i], scales[i], mode, align_corners)
    return x


def upsample(input, size=None, scale_factor=None, mode="nearest", align_corners=None):
    return interpolate(input, size, scale_factor, mode, align_corners)


def upsample_nearest(input, size=None, scale_factor=None):
    return interpolate(input, size, scale_factor, mode="nearest")


def upsample_bilinear(input, size=None, scale_factor=None):
    return interpolate(input, size, scale_factor, mode="bilinear", align_corners=True)


# --- padding, shuffles, patches -----------------------------------------------------------------
def pad(input, pad, mode="constant", value=None):
    """constant/reflect/replicate/circular padding, `pad` listing the last dim first."""
    x = input
    value = 0.0 if value is None else value
    pad = [int(p) for p in pad]
    if len(pad) % 2:
        raise RuntimeError("Padding length must be divisible by 2")
    nd = len(pad) // 2
    if nd > x.ndim:
        raise RuntimeError("Padding length should be less than or equal to two times the input dimension")
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
                raise RuntimeError("Padding size should be less than the corresponding input dimension")
            exprs.append(f"i{i}<{left} ? {left}-i{i} : i{i}>{n + left - 1} ? {2 * (n - 1) + left}-i{i} : i{i}-{left}")
        elif mode == "circular":
            if left > n or right > n:
                raise RuntimeError("Padding value causes wrapping around more than once.")
            exprs.append(f"i{i}<{left} ? {n - left}+i{i} : i{i}>{n + left - 1} ? i{i}-{n + left} : i{i}-{left}")
        else:
            raise NotImplementedError(f"Unrecognised padding mode {mode}")
    if mode != "constant" or value == 0:
        return x.reindex(shape, exprs, overflow_value=0)
    # Jittor's reindex fails to compile many float overflow values (0.5, 0.1, ...): pad with 0, then fill.
    inside = jt.ones(x.shape, "bool").reindex(shape, exprs, overflow_value=0)
    y = x.reindex(shape, exprs, overflow_value=0)
    return jt.ternary(inside, y, jt.full_like(y, value))


def pixel_shuffle(input, upscale_factor):
    r = upscale_factor
    *lead, c, h, w = input.shape
    oc = c // (r * r)
    x = input.reshape([-1, oc, r, r, h, w]).permute(0, 1, 4, 2, 5, 3)
    return x.reshape(list(lead) + [oc, h * r, w * r])


def pixel_unshuffle(input, downscale_factor):
    r = downscale_factor
    *lead, c, h, w = input.shape
    x = input.reshape([-1, c, h // r, r, w // r, r]).permute(0, 1, 3, 5, 2, 4)
    return x.reshape(list(lead) + [c * r * r, h // r, w // r])


def channel_shuffle(input, groups):
    n, c = input.shape[0], input.shape[1]
    rest = list(input.shape[2:])
    x = input.reshape([n, groups, c // groups] + rest)
    return transpose(x, 1, 2).reshape(input.shape)
