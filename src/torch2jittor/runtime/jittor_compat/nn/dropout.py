"""torch.nn dropout variants (identity in eval mode, as in PyTorch)."""
from __future__ import annotations

import math

import jittor as jt

from ._utils import _dropout_mask


class _DropoutBase(jt.Module):
    _feature_nd = None  # None: element-wise mask; k: one mask value per channel of a (N, C, k dims) input
    _alpha = False
    _unbatched = True  # an input of rank k+1 is one sample without its batch dimension


    def __init__(self, p=0.5, inplace=False):
        if p < 0 or p > 1:
            raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
        self.p = p

    def execute(self, x):
        if not self.is_training() or self.p == 0:
            return x
        if self.p == 1:
            return x * 0.0
        if self._feature_nd is None:
            mask_shape = list(x.shape)
        else:
            unbatched = self._unbatched and x.ndim == self._feature_nd + 1
            batched = x.unsqueeze(0) if unbatched else x
            mask_shape = list(batched.shape[:2]) + [1] * (batched.ndim - 2)
            if batched is not x:
                mask_shape = mask_shape[1:]
        mask = _dropout_mask(mask_shape, self.p)
        if not self._alpha:
            return x * mask / (1 - self.p)
        alpha = 1.7580993408473766
        a = 1.0 / math.sqrt((alpha * alpha * self.p + 1) * (1 - self.p))
        b = (mask - 1.0) * (alpha * a) + alpha * a * self.p
        return x * (mask * a) + b


class Dropout1d(_DropoutBase):
    _feature_nd = 1


class Dropout2d(_DropoutBase):
    # PyTorch takes a 3-D input as (N, C, L) and a 2-D one as (N, C), one mask value per (N, C);
    # Jittor's Dropout2d refuses 2-D inputs and masks a 3-D one per row.
    _feature_nd = 2
    _unbatched = False


class Dropout3d(_DropoutBase):
    _feature_nd = 3


class AlphaDropout(_DropoutBase):
    _alpha = True


class FeatureAlphaDropout(_DropoutBase):
    _feature_nd = 0  # mask per (N, C) for any input rank
    _alpha = True
