"""torch.nn.functional normalizations (batch, layer, group, instance, RMS, local response)."""
from __future__ import annotations

import builtins

import jittor as jt
import numpy as np

from .._common import precise_mean
from ..ops.reduction import norm


def normalize(input, p=2.0, dim=1, eps=1e-12):
    denom = norm(input, p, dim, keepdim=True)
    return input / jt.maximum(denom, eps)


def batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1,
               eps=1e-05):
    dims = [0] + list(range(2, input.ndim))
    shape = [1, input.shape[1]] + [1] * (input.ndim - 2)
    if training:
        mean = precise_mean(input, dims)
        centered = input - mean.reshape(shape)
        var = precise_mean(centered * centered, dims)
        n = input.numel() // input.shape[1]
        if running_mean is not None and momentum is not None:
            running_mean.assign((running_mean * (1 - momentum) + mean * momentum).detach())
        if running_var is not None and momentum is not None:
            unbiased = var * (n / builtins.max(n - 1, 1))
            running_var.assign((running_var * (1 - momentum) + unbiased * momentum).detach())
        out = centered / jt.sqrt(var.reshape(shape) + eps)
    else:
        out = (input - running_mean.reshape(shape)) / jt.sqrt(running_var.reshape(shape) + eps)
    if weight is not None:
        out = out * weight.reshape(shape)
    if bias is not None:
        out = out + bias.reshape(shape)
    return out


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05):
    if isinstance(normalized_shape, int):
        normalized_shape = (normalized_shape,)
    dims = list(range(input.ndim - len(normalized_shape), input.ndim))
    mean = precise_mean(input, dims, keepdims=True)
    centered = input - mean
    var = precise_mean(centered * centered, dims, keepdims=True)
    out = centered / jt.sqrt(var + eps)
    if weight is not None:
        out = out * weight
    if bias is not None:
        out = out + bias
    return out


def rms_norm(input, normalized_shape, weight=None, eps=None):
    if isinstance(normalized_shape, int):
        normalized_shape = (normalized_shape,)
    if eps is None:
        eps = float(np.finfo(str(input.dtype) if str(input.dtype) != "bfloat16" else "float32").eps)
    dims = list(range(input.ndim - len(normalized_shape), input.ndim))
    out = input / jt.sqrt(precise_mean(input * input, dims, keepdims=True) + eps)
    if weight is not None:
        out = out * weight
    return out


def group_norm(input, num_groups, weight=None, bias=None, eps=1e-05):
    n, c = input.shape[0], input.shape[1]
    if c % num_groups:
        raise RuntimeError(f"Expected number of channels in input to be divisible by num_groups, got {c} and {num_groups}")
    x = input.reshape([n, num_groups, -1])
    mean = precise_mean(x, [2], keepdims=True)
    centered = x - mean
    var = precise_mean(centered * centered, [2], keepdims=True)
    out = (centered / jt.sqrt(var + eps)).reshape(input.shape)
    shape = [1, c] + [1] * (input.ndim - 2)
    if weight is not None:
        out = out * weight.reshape(shape)
    if bias is not None:
        out = out + bias.reshape(shape)
    return out


def instance_norm(input, running_mean=None, running_var=None, weight=None, bias=None, use_input_stats=True,
                  momentum=0.1, eps=1e-05):
    shape = [1, input.shape[1]] + [1] * (input.ndim - 2)
    if not use_input_stats:
        out = (input - running_mean.reshape(shape)) / jt.sqrt(running_var.reshape(shape) + eps)
    else:
        dims = list(range(2, input.ndim))
        mean = precise_mean(input, dims, keepdims=True)
        centered = input - mean
        var = precise_mean(centered * centered, dims, keepdims=True)
        out = centered / jt.sqrt(var + eps)
        if running_mean is not None or running_var is not None:
            n = 1
            for d in dims:
                n *= input.shape[d]
            if running_mean is not None:
                m = precise_mean(mean.reshape(input.shape[:2]), [0])
                running_mean.assign((running_mean * (1 - momentum) + m * momentum).detach())
            if running_var is not None:
                v = precise_mean((var * (n / builtins.max(n - 1, 1))).reshape(input.shape[:2]), [0])
                running_var.assign((running_var * (1 - momentum) + v * momentum).detach())
    if weight is not None:
        out = out * weight.reshape(shape)
    if bias is not None:
        out = out + bias.reshape(shape)
    return out


def local_response_norm(input, size, alpha=0.0001, beta=0.75, k=1.0):
    sq = input * input
    n, c = input.shape[0], input.shape[1]
    flat = sq.reshape([n, c, -1])
    pad_front = size // 2  # PyTorch pads size // 2 channels before, (size - 1) // 2 after
    win = flat.reindex([n, c, flat.shape[2], size], ["i0", f"i1+i3-{pad_front}", "i2"], overflow_value=0)
    div = (win.sum(3) / size).reshape(input.shape)
    return input / jt.pow(div * alpha + k, beta)
