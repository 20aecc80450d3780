"""torch.nn.CosineSimilarity and torch.nn.PairwiseDistance."""
from __future__ import annotations

import jittor as jt
import numpy as np


def _broadcast_pair(a, b):
    shape = list(np.broadcast_shapes(tuple(a.shape), tuple(b.shape)))
    if list(a.shape) != shape:
        a = a.broadcast(shape)
    if list(b.shape) != shape:
        b = b.broadcast(shape)
    return a, b


def _pairwise_distance(x1, x2, p=2.0, eps=1e-06, keepdim=False):
    x1, x2 = _broadcast_pair(x1, x2)
    d = jt.abs(x1 - x2 + eps)
    dim = x1.ndim - 1
    if p == float("inf"):
        return d.max(dim, keepdims=keepdim)
    if p == -float("inf"):
        return d.min(dim, keepdims=keepdim)
    if p == 0:
        return (d != 0).float32().sum(dim, keepdims=keepdim)
    if p == 1:
        return d.sum(dim, keepdims=keepdim)
    if p == 2:
        return jt.sqrt((d * d).sum(dim, keepdims=keepdim))
    return (d ** p).sum(dim, keepdims=keepdim) ** (1.0 / p)


def _cosine_similarity(x1, x2, dim=1, eps=1e-08):
    x1, x2 = _broadcast_pair(x1, x2)
    n1 = jt.maximum(jt.sqrt((x1 * x1).sum(dim, keepdims=True)), eps)
    n2 = jt.maximum(jt.sqrt((x2 * x2).sum(dim, keepdims=True)), eps)
    return ((x1 / n1) * (x2 / n2)).sum(dim)


class CosineSimilarity(jt.Module):
    def __init__(self, dim=1, eps=1e-08):
        self.dim, self.eps = dim, eps

    def execute(self, x1, x2):
        return _cosine_similarity(x1, x2, self.dim, self.eps)


class PairwiseDistance(jt.Module):
    def __init__(self, p=2.0, eps=1e-06, keepdim=False):
        self.norm, self.eps, self.keepdim = p, eps, keepdim

    def execute(self, x1, x2):
        return _pairwise_distance(x1, x2, self.norm, self.eps, self.keepdim)
