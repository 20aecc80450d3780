"""torch.nn upsampling, pixel and channel shuffles, Unflatten."""
from __future__ import annotations

import math

import jittor as jt
import numpy as np

from .._common import ntuple_as_given
from ._utils import _take
from .pooling import _adaptive_pool


def _f32(v):
    return np.float32(v)


def _interp_scale(size, out, align_corners, scale):
    if align_corners:
        return _f32((size - 1) / (out - 1)) if out > 1 else _f32(0)
    if scale is not None and scale > 0:
        return _f32(1.0 / scale)
    return _f32(size / out)


def _interp_dim(x, dim, out, mode, align_corners, scale):
    """Resample one dimension of x to `out` samples, with PyTorch's index and weight arithmetic."""
    size = x.shape[dim]
    dst = np.arange(out)
    if mode in ("nearest", "nearest-exact"):
        if mode == "nearest" and out == size:
            return x
        if mode == "nearest" and out == 2 * size:
            src = dst >> 1
        else:
            s = _interp_scale(size, out, False, scale)
            pos = dst.astype("float32") + (_f32(0.5) if mode == "nearest-exact" else _f32(0))
            src = np.minimum(np.floor(pos * s).astype("int64"), size - 1)
        return _take(x, dim, src)
    s = _interp_scale(size, out, align_corners, scale)
    d = dst.astype("float32")
    if align_corners:
        real = s * d
    else:
        real = s * (d + _f32(0.5)) - _f32(0.5)
    shape = [1] * x.ndim
    shape[dim] = out
    if mode == "linear":
        if not align_corners:
            real = np.maximum(real, _f32(0))
        i0 = np.minimum(np.floor(real).astype("int64"), size - 1)
        lam = np.clip(real - i0.astype("float32"), 0, 1).astype("float32")
        i1 = i0 + (i0 < size - 1)
        w1 = jt.array(lam.reshape(shape))
        w0 = jt.array((_f32(1) - lam).reshape(shape))
        return _take(x, dim, i0) * w0 + _take(x, dim, i1) * w1
    if mode == "cubic":
        a = _f32(-0.75)
        i = np.floor(real).astype("int64")
        t = (real - i.astype("float32")).astype("float32")

        def conv1(v):
            return ((a + 2) * v - (a + 3)) * v * v + 1

        def conv2(v):
            return ((a * v - 5 * a) * v + 8 * a) * v - 4 * a

        coeffs = [conv2(t + 1), conv1(t), conv1(1 - t), conv2(2 - t)]
        y = None
        for j in range(4):
            idx = np.clip(i - 1 + j, 0, size - 1)
            term = _take(x, dim, idx) * jt.array(coeffs[j].astype("float32").reshape(shape))
            y = term if y is None else y + term
        return y
    raise NotImplementedError(f"interpolation mode {mode!r}")


def _interpolate(x, size=None, scale_factor=None, mode="nearest", align_corners=None,
                    recompute_scale_factor=None):
    nd = x.ndim - 2
    if nd < 1:
        raise ValueError(f"Input Error: Only 3D, 4D and 5D input Tensors supported (got {x.ndim}D)")
    if mode in ("nearest", "area", "nearest-exact") and align_corners is not None:
        raise ValueError("align_corners option can only be set with the interpolating modes: "
                         "linear | bilinear | bicubic | trilinear")
    align_corners = bool(align_corners)
    if size is not None and scale_factor is not None:
        raise ValueError("only one of size or scale_factor should be defined")
    if size is not None:
        outs = list(ntuple_as_given(size, nd))
        scales = [None] * nd
    elif scale_factor is not None:
        factors = ntuple_as_given(scale_factor, nd)
        outs = [int(math.floor(float(x.shape[2 + d]) * factors[d])) for d in range(nd)]
        scales = [None] * nd if recompute_scale_factor else list(factors)
    else:
        raise ValueError("either size or scale_factor should be defined")
    if len(outs) != nd:
        raise ValueError(f"Input and output must have the same number of spatial dimensions, but got input with "
                         f"spatial dimensions of {list(x.shape[2:])} and output size of {outs}.")
    if mode == "area":
        return _adaptive_pool(x, nd, outs, "mean")
    expected = {"linear": 1, "bilinear": 2, "bicubic": 2, "trilinear": 3}
    if mode in expected:
        if expected[mode] != nd:
            raise NotImplementedError(f"Got {x.ndim}D input, but {mode} mode needs {expected[mode] + 2}D input")
        kind = "cubic" if mode == "bicubic" else "linear"
    elif mode in ("nearest", "nearest-exact"):
        kind = mode
    else:
        raise NotImplementedError(f"interpolation mode {mode!r} is not supported")
    for d in range(nd):
        x = _interp_dim(x, 2 + d, outs[d], kind, align_corners, scales[d])
    return x


class Upsample(jt.Module):
    def __init__(self, size=None, scale_factor=None, mode="nearest", align_corners=None,
                 recompute_scale_factor=None):
        self.size = size
        if isinstance(scale_factor, (list, tuple)):
            self.scale_factor = tuple(float(f) for f in scale_factor)
        else:
            self.scale_factor = float(scale_factor) if scale_factor else None
        self.mode, self.align_corners, self.recompute_scale_factor = mode, align_corners, recompute_scale_factor

    def execute(self, x):
        return _interpolate(x, self.size, self.scale_factor, self.mode, self.align_corners,
                               self.recompute_scale_factor)


class UpsamplingNearest2d(Upsample):
    def __init__(self, size=None, scale_factor=None):
        super().__init__(size, scale_factor, mode="nearest")


class UpsamplingBilinear2d(Upsample):
    def __init__(self, size=None, scale_factor=None):
        super().__init__(size, scale_factor, mode="bilinear", align_corners=True)


class PixelShuffle(jt.Module):
    def __init__(self, upscale_factor):
        self.upscale_factor = upscale_factor

    def execute(self, x):
        r = self.upscale_factor
        *lead, c, h, w = x.shape
        if c % (r * r):
            raise ValueError(f"pixel_shuffle expects its input's 'channel' dimension to be divisible by the square "
                             f"of upscale_factor, but input.size(-3)={c} is not divisible by {r * r}")
        n = len(lead)
        y = x.reshape(lead + [c // (r * r), r, r, h, w])
        y = y.permute(*range(n), n, n + 3, n + 1, n + 4, n + 2)
        return y.reshape(lead + [c // (r * r), h * r, w * r])


class PixelUnshuffle(jt.Module):
    def __init__(self, downscale_factor):
        self.downscale_factor = downscale_factor

    def execute(self, x):
        r = self.downscale_factor
        *lead, c, h, w = x.shape
        if h % r or w % r:
            raise ValueError(f"pixel_unshuffle expects height and width to be divisible by downscale_factor ({r})")
        n = len(lead)
        y = x.reshape(lead + [c, h // r, r, w // r, r])
        y = y.permute(*range(n), n, n + 2, n + 4, n + 1, n + 3)
        return y.reshape(lead + [c * r * r, h // r, w // r])


class ChannelShuffle(jt.Module):
    def __init__(self, groups):
        self.groups = groups

    def execute(self, x):
        g = self.groups
        n, c = x.shape[0], x.shape[1]
        if c % g:
            raise ValueError(f"Number of channels must be divisible by groups. Got {c} channels and {g} groups.")
        rest = list(x.shape[2:])
        y = x.reshape([n, g, c // g] + rest)
        y = y.permute(0, 2, 1, *range(3, y.ndim))
        return y.reshape([n, c] + rest)


class Unflatten(jt.Module):
    def __init__(self, dim, unflattened_size):
        if isinstance(dim, str):
            raise TypeError("named-tensor Unflatten is not supported in Jittor")
        self.dim, self.unflattened_size = dim, tuple(unflattened_size)

    def execute(self, x):
        dim = self.dim % x.ndim
        return x.reshape(list(x.shape[:dim]) + list(self.unflattened_size) + list(x.shape[dim + 1:]))
