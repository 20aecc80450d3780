"""torch.nn.functional dropout variants."""
from __future__ import annotations

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


def dropout(input, p=0.5, training=True):
    return _dropout(input, p, training, input.shape)


def _feature_dropout(input, p, training, spatial, unbatched=True):
    """One mask value per (sample, channel); an input of rank spatial+1 is one unbatched sample
    (PyTorch's dropout1d/3d), except for dropout2d, which takes rank 3 as (N, C, L) and rank 2 as
    (N, C)."""
    if unbatched and input.ndim == spatial + 1:
        noise = [input.shape[0]] + [1] * spatial
    else:
        noise = list(input.shape[:2]) + [1] * (input.ndim - 2)
    return _dropout(input, p, training, noise)


def dropout1d(input, p=0.5, training=True):
    return _feature_dropout(input, p, training, 1)


def dropout2d(input, p=0.5, training=True):
    return _feature_dropout(input, p, training, 2, unbatched=False)


def dropout3d(input, p=0.5, training=True):
    return _feature_dropout(input, p, training, 3)
