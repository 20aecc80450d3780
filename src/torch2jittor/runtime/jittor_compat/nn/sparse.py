"""torch.nn.Embedding and torch.nn.EmbeddingBag with PyTorch's max_norm, padding_idx and modes."""
from __future__ import annotations

import jittor as jt
import numpy as np

from ..functional.sparse import embedding_bag


def _renorm_rows(weight, indices, max_norm, norm_type):
    """torch.embedding_renorm_: rows used by `indices` whose norm exceeds max_norm are scaled in place."""
    rows = np.unique(indices.numpy().reshape(-1).astype("int64"))
    if rows.size == 0:
        return
    w = weight.numpy()
    sel = w[rows]
    if norm_type == float("inf"):
        norms = np.abs(sel).max(1)
    else:
        norms = (np.abs(sel) ** norm_type).sum(1) ** (1.0 / norm_type)
    scale = np.where(norms > max_norm, max_norm / (norms + 1e-7), 1.0).astype(w.dtype)
    w[rows] = sel * scale[:, None]
    weight.update(jt.array(w))


class Embedding(jt.Module):
    def __init__(self, num_embeddings, embedding_dim, padding_idx=None, max_norm=None, norm_type=2.0,
                 scale_grad_by_freq=False, sparse=False, _weight=None, _freeze=False):
        self.num_embeddings, self.embedding_dim = num_embeddings, embedding_dim
        if padding_idx is not None:
            if not -num_embeddings <= padding_idx < num_embeddings:
                raise ValueError("padding_idx must be within num_embeddings")
            if padding_idx < 0:
                padding_idx = num_embeddings + padding_idx
        self.padding_idx, self.max_norm, self.norm_type = padding_idx, max_norm, norm_type
        self.scale_grad_by_freq, self.sparse = scale_grad_by_freq, sparse
        if _weight is None:
            w = jt.randn((num_embeddings, embedding_dim), "float32")
            if padding_idx is not None:
                w[padding_idx, ...] = 0.0  # Jittor 1.3.11: `w[i] = 0.0` writes only w[i, 0]
        else:
            if list(_weight.shape) != [num_embeddings, embedding_dim]:
                raise ValueError("Shape of weight does not match num_embeddings and embedding_dim")
            w = _weight
        self.weight = w.stop_grad() if _freeze else w

    @classmethod
    def from_pretrained(cls, embeddings, freeze=True, padding_idx=None, max_norm=None, norm_type=2.0,
                        scale_grad_by_freq=False, sparse=False):
        if embeddings.ndim != 2:
            raise ValueError("Embeddings parameter is expected to be 2-dimensional")
        rows, cols = embeddings.shape
        return cls(rows, cols, padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse,
                   _weight=embeddings.clone(), _freeze=freeze)

    def execute(self, x):
        if self.max_norm is not None:
            _renorm_rows(self.weight, x, self.max_norm, self.norm_type)
        out = self.weight[x]
        if self.padding_idx is not None:  # PyTorch never updates the padding row: stop its gradient
            pad = (x == self.padding_idx).unsqueeze(-1)
            out = jt.ternary(pad, out.detach(), out)
        return out


class EmbeddingBag(jt.Module):
    def __init__(self, num_embeddings, embedding_dim, max_norm=None, norm_type=2.0, scale_grad_by_freq=False,
                 mode="mean", sparse=False, _weight=None, include_last_offset=False, padding_idx=None):
        if mode not in ("sum", "mean", "max"):
            raise ValueError(f"mode has to be one of sum, mean or max, got {mode!r}")
        self.num_embeddings, self.embedding_dim = num_embeddings, embedding_dim
        if padding_idx is not None and padding_idx < 0:
            padding_idx = num_embeddings + padding_idx
        self.padding_idx, self.max_norm, self.norm_type = padding_idx, max_norm, norm_type
        self.scale_grad_by_freq, self.mode, self.sparse = scale_grad_by_freq, mode, sparse
        self.include_last_offset = include_last_offset
        if _weight is None:
            w = jt.randn((num_embeddings, embedding_dim), "float32")
            if padding_idx is not None:
                w[padding_idx, ...] = 0.0  # Jittor 1.3.11: `w[i] = 0.0` writes only w[i, 0]
        else:
            w = _weight
        self.weight = w

    @classmethod
    def from_pretrained(cls, embeddings, freeze=True, max_norm=None, norm_type=2.0, scale_grad_by_freq=False,
                        mode="mean", sparse=False, include_last_offset=False, padding_idx=None):
        rows, cols = embeddings.shape
        bag = cls(rows, cols, max_norm, norm_type, scale_grad_by_freq, mode, sparse, embeddings.clone(),
                  include_last_offset, padding_idx)
        if freeze:
            bag.weight = bag.weight.stop_grad()
        return bag

    def execute(self, input, offsets=None, per_sample_weights=None):
        return embedding_bag(input, self.weight, offsets, self.max_norm, self.norm_type, self.mode, per_sample_weights,
                             self.include_last_offset, self.padding_idx, self.scale_grad_by_freq, self.sparse)
