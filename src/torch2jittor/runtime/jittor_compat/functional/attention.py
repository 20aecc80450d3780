"""torch.nn.functional.scaled_dot_product_attention."""
from __future__ import annotations

import math

import jittor as jt
from jittor import nn as jnn
import numpy as np

from .dropout import dropout


def scaled_dot_product_attention(query, key, value, attn_mask=None, dropout_p=0.0, is_causal=False, scale=None,
                                 enable_gqa=False):
    L, S = query.shape[-2], key.shape[-2]
    scale_factor = 1.0 / math.sqrt(query.shape[-1]) if scale is None else scale
    if enable_gqa and key.ndim >= 3 and query.shape[-3] != key.shape[-3]:
        rep = query.shape[-3] // key.shape[-3]
        key = jt.repeat_interleave(key, rep, key.ndim - 3)
        value = jt.repeat_interleave(value, rep, value.ndim - 3)
    scores = jt.matmul(query, key.transpose(-2, -1)) * scale_factor
    if is_causal:
        causal = jt.array(np.tril(np.ones((L, S), dtype=bool)))
        scores = jt.ternary(causal, scores, jt.full_like(scores, float("-inf")))
    if attn_mask is not None:
        if str(attn_mask.dtype) == "bool":
            scores = jt.ternary(attn_mask, scores, jt.full_like(scores, float("-inf")))
        else:
            scores = scores + attn_mask
    weights = jnn.softmax(scores, -1)
    if dropout_p > 0.0:
        weights = dropout(weights, dropout_p, True)
    return jt.matmul(weights, value)
