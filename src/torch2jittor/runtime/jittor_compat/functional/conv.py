"""torch.nn.functional convolutions (any dimension, transposed) plus bilinear, unfold and fold."""
from __future__ import annotations

import jittor as jt
from jittor import nn as jnn

from .._common import expand_ints
from .vision import pad


def bilinear(input1, input2, weight, bias=None):
    # out[..., o] = sum_ij x1[..., i] * W[o, i, j] * x2[..., j] + b[o]
    lead = input1.shape[:-1]
    x1 = input1.reshape([-1, input1.shape[-1]])
    x2 = input2.reshape([-1, input2.shape[-1]])
    t = jt.matmul(x1, weight.permute(1, 0, 2).reshape([weight.shape[1], -1]))  # (B, O*J)
    t = t.reshape([x1.shape[0], weight.shape[0], weight.shape[2]])
    out = (t * x2.unsqueeze(1)).sum(2)
    if bias is not None:
        out = out + bias
    return out.reshape(list(lead) + [weight.shape[0]])


def _conv_prepare(input, weight, stride, padding, dilation, nd):
    """torch's string paddings ('valid', 'same'): 'same' pads the extra element on the right."""
    if not isinstance(padding, str):
        return input, tuple(expand_ints(padding, nd))
    if padding == "valid":
        return input, (0,) * nd
    if padding != "same":
        raise ValueError(f"Invalid padding string {padding!r}, should be one of {{'valid', 'same'}}")
    if any(s != 1 for s in expand_ints(stride, nd)):
        raise ValueError("padding='same' is not supported for strided convolutions")
    dil = expand_ints(dilation, nd)
    pads = []
    for i in range(nd):
        total = dil[i] * (weight.shape[2 + i] - 1)
        pads.append((total // 2, total - total // 2))
    if all(l == r for l, r in pads):
        return input, tuple(l for l, _ in pads)
    flat = []
    for l, r in reversed(pads):
        flat += [l, r]
    return pad(input, flat), (0,) * nd


def _unbatched(input, nd):
    return input.ndim == nd + 1


def conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    if _unbatched(input, 1):
        return conv1d(input.unsqueeze(0), weight, bias, stride, padding, dilation, groups)[0]
    input, padding = _conv_prepare(input, weight, stride, padding, dilation, 1)
    out = jnn.conv2d(input.unsqueeze(2), weight.unsqueeze(2), bias, (1, expand_ints(stride, 1)[0]),
                        (0, padding[0]), (1, expand_ints(dilation, 1)[0]), groups)
    return out.squeeze(2)


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    if _unbatched(input, 2):
        return conv2d(input.unsqueeze(0), weight, bias, stride, padding, dilation, groups)[0]
    input, padding = _conv_prepare(input, weight, stride, padding, dilation, 2)
    return jnn.conv2d(input, weight, bias, expand_ints(stride, 2), padding, expand_ints(dilation, 2), groups)


def conv3d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    if _unbatched(input, 3):
        return conv3d(input.unsqueeze(0), weight, bias, stride, padding, dilation, groups)[0]
    input, padding = _conv_prepare(input, weight, stride, padding, dilation, 3)
    return jnn.conv3d(input, weight, bias, expand_ints(stride, 3), padding, expand_ints(dilation, 3), groups)


def conv_transpose1d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    if _unbatched(input, 1):
        return conv_transpose1d(input.unsqueeze(0), weight, bias, stride, padding, output_padding, groups,
                                dilation)[0]
    out = conv_transpose2d(input.unsqueeze(2), weight.unsqueeze(2), bias, (1, expand_ints(stride, 1)[0]),
                           (0, expand_ints(padding, 1)[0]), (0, expand_ints(output_padding, 1)[0]), groups,
                           (1, expand_ints(dilation, 1)[0]))
    return out.squeeze(2)


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    if _unbatched(input, 2):
        return conv_transpose2d(input.unsqueeze(0), weight, bias, stride, padding, output_padding, groups,
                                dilation)[0]
    return jnn.conv_transpose2d(input, weight, bias, expand_ints(stride, 2), expand_ints(padding, 2),
                                   expand_ints(output_padding, 2), groups, expand_ints(dilation, 2))


def conv_transpose3d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    if _unbatched(input, 3):
        return conv_transpose3d(input.unsqueeze(0), weight, bias, stride, padding, output_padding, groups,
                                dilation)[0]
    return jnn.conv_transpose3d(input, weight, bias, expand_ints(stride, 3), expand_ints(padding, 3),
                                   expand_ints(output_padding, 3), groups, expand_ints(dilation, 3))


def unfold(input, kernel_size, dilation=1, padding=0, stride=1):
    """Also unbatched, (C, H, W) -> (C*prod(k), L), as PyTorch (Jittor's asserts a 4-D input)."""
    unbatched = input.ndim == 3
    out = jnn.unfold(input.unsqueeze(0) if unbatched else input, expand_ints(kernel_size, 2),
                     expand_ints(dilation, 2), expand_ints(padding, 2), expand_ints(stride, 2))
    return out.squeeze(0) if unbatched else out


def fold(input, output_size, kernel_size, dilation=1, padding=0, stride=1):
    """Also unbatched, (C*prod(k), L) -> (C, *output_size), as PyTorch."""
    unbatched = input.ndim == 2
    out = jnn.fold(input.unsqueeze(0) if unbatched else input, expand_ints(output_size, 2),
                   expand_ints(kernel_size, 2), expand_ints(dilation, 2), expand_ints(padding, 2),
                   expand_ints(stride, 2))
    return out.squeeze(0) if unbatched else out
