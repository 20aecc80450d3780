"""torch.nn.functional dropout variants."""
from __future__ import annotations

import math

import jittor as jt

from ..nn._utils import _dropout_mask


def _dropout(input, p, training, noise_shape):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if not training or p == 0.0:
        return input
    if p == 1.0:
        return input * jt.zeros(noise_shape, dtype=input.dtype)
    keep = _dropout_mask(noise_shape, p).astype(input.dtype)
    return input * keep / (1.0 - p)


def _written(input, out, inplace):
    """inplace=True: the result written into the input, which is returned (PyTorch's in-place forms)."""
    if not inplace or out is input:
        return out
    from ..tensor_methods import inplace_

    return inplace_(input, out)


def dropout(input, p=0.5, training=True, inplace=False):
    return _written(input, _dropout(input, p, training, input.shape), inplace)


def _feature_dropout(input, p, training, spatial, unbatched=True):
    """One mask value per (sample, channel); an input of rank spatial+1 is one unbatched sample
    (PyTorch's dropout1d/3d), except for dropout2d, which takes rank 3 as (N, C, L) and rank 2 as
    (N, C)."""
    if unbatched and input.ndim == spatial + 1:
        noise = [input.shape[0]] + [1] * spatial
    else:
        noise = list(input.shape[:2]) + [1] * (input.ndim - 2)
    return _dropout(input, p, training, noise)


def dropout1d(input, p=0.5, training=True, inplace=False):
    return _written(input, _feature_dropout(input, p, training, 1), inplace)


def dropout2d(input, p=0.5, training=True, inplace=False):
    return _written(input, _feature_dropout(input, p, training, 2, unbatched=False), inplace)


def dropout3d(input, p=0.5, training=True, inplace=False):
    return _written(input, _feature_dropout(input, p, training, 3), inplace)


_SELU_ALPHA = 1.7580993408473766  # -scale * alpha of SELU: the value a dropped unit takes


def _alpha_or_feature(input, p, training, alpha, feature):
    """ATen's _dropout_impl: alpha dropout keeps SELU's mean and variance (dropped units take the
    saturation value, then an affine correction); feature dropout draws one mask value per (N, C)."""
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if not training or p == 0.0 or input.numel() == 0:
        return input
    if feature and input.ndim < 2:
        raise RuntimeError("Feature dropout requires at least 2 dimensions in the input")
    if p == 1.0:
        return input * jt.zeros((1,), dtype=input.dtype)
    shape = list(input.shape[:2]) + [1] * (input.ndim - 2) if feature else list(input.shape)
    mask = _dropout_mask(shape, p).astype(input.dtype)
    if not alpha:
        return input * (mask / (1.0 - p))
    a = 1.0 / math.sqrt((_SELU_ALPHA * _SELU_ALPHA * p + 1) * (1 - p))
    b = (mask - 1) * (_SELU_ALPHA * a) + _SELU_ALPHA * a * p
    return input * (mask * a) + b


def alpha_dropout(input, p=0.5, training=False, inplace=False):
    return _written(input, _alpha_or_feature(input, p, training, True, False), inplace)


def feature_alpha_dropout(input, p=0.5, training=False, inplace=False):
    return _written(input, _alpha_or_feature(input, p, training, True, True), inplace)


def feature_dropout(input, p=0.5, training=True):
    """torch.feature_dropout: dropout with one mask value per (N, C), whatever the rank."""
    return _alpha_or_feature(input, p, training, False, True)
