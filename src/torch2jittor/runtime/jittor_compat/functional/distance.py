"""torch.nn.functional distances and similarities."""
from __future__ import annotations

import jittor as jt
import numpy as np

from ..ops.reduction import norm


def _broadcast_pair(a, b):
    shape = list(np.broadcast_shapes(tuple(a.shape), tuple(b.shape)))
    if list(a.shape) != shape:
        a = a.broadcast(shape)
    if list(b.shape) != shape:
        b = b.broadcast(shape)
    return a, b


def cosine_similarity(x1, x2, dim=1, eps=1e-08):
    x1, x2 = _broadcast_pair(x1, x2)  # PyTorch broadcasts first: `dim` counts in the common shape
    n1 = jt.maximum(jt.sqrt((x1 * x1).sum(dim, keepdims=True)), eps)
    n2 = jt.maximum(jt.sqrt((x2 * x2).sum(dim, keepdims=True)), eps)
    return ((x1 / n1) * (x2 / n2)).sum(dim)


def pairwise_distance(x1, x2, p=2.0, eps=1e-06, keepdim=False):
    d = x1 - x2 + eps
    return norm(d, p, d.ndim - 1 if d.ndim else 0, keepdim=keepdim)


def cdist(x1, x2, p=2.0):
    diff = x1.unsqueeze(-2) - x2.unsqueeze(-3)
    return norm(diff, p, -1)


def pdist(input, p=2.0):
    """The p-norm distances between every pair of rows i < j, in row-major order."""
    import numpy as np

    rows, cols = np.triu_indices(input.shape[0], 1)
    if len(rows) == 0:
        return jt.zeros((0,), dtype=input.dtype)
    diff = (input[jt.array(rows.astype("int32"))] - input[jt.array(cols.astype("int32"))]).abs()
    if p == float("inf"):
        return diff.max(1)
    if p == 0:
        return (diff != 0).astype(input.dtype).sum(1)
    return (diff ** p).sum(1) ** (1.0 / p)
