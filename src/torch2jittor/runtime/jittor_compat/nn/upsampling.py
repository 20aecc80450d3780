"""torch.nn upsampling, pixel and channel shuffles, Unflatten."""
from __future__ import annotations

import jittor as jt

from ..functional.vision import interpolate


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
        return interpolate(x, self.size, self.scale_factor, self.mode, self.align_corners,
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
