"""torch.nn.CosineSimilarity and torch.nn.PairwiseDistance over ..functional.distance."""
from __future__ import annotations

import jittor as jt

from ..functional.distance import cosine_similarity, pairwise_distance


class CosineSimilarity(jt.Module):
    def __init__(self, dim=1, eps=1e-08):
        self.dim, self.eps = dim, eps

    def execute(self, x1, x2):
        return cosine_similarity(x1, x2, self.dim, self.eps)


class PairwiseDistance(jt.Module):
    def __init__(self, p=2.0, eps=1e-06, keepdim=False):
        self.norm, self.eps, self.keepdim = p, eps, keepdim

    def execute(self, x1, x2):
        return pairwise_distance(x1, x2, self.norm, self.eps, self.keepdim)
