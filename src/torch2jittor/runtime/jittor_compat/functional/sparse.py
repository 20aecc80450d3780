"""torch.nn.functional.embedding and one_hot."""
from __future__ import annotations

import jittor as jt
import numpy as np


def embedding(input, weight, padding_idx=None):
    out = weight[input]
    if padding_idx is not None:
        # The padding row gets no gradient, as in PyTorch; its value is returned unchanged.
        if padding_idx < 0:
            padding_idx += weight.shape[0]
        mask = (input == padding_idx).unsqueeze(-1)
        # detach: Var.stop_grad() marks `out` itself, which took every row's gradient away
        out = jt.ternary(mask, out.detach(), out)
    return out


def one_hot(input, num_classes=-1):
    t = input.astype("int64")
    if num_classes < 0:
        num_classes = int(t.max().item()) + 1
    classes = jt.arange(num_classes).astype("int64")
    return (t.unsqueeze(-1) == classes).astype("int64")


def _bag_positions(offsets, n, include_last_offset):
    """Each bag's positions in the flat input, as a (bags, longest) table and its validity mask."""
    bounds = [int(v) for v in np.asarray(offsets.numpy()).reshape(-1)]
    if bounds and bounds[0] != 0:
        raise RuntimeError(f"offsets[0] has to be 0, i.e., the first sequence in the mini-batch has to start "
                           f"from position 0. However, got {bounds[0]}")
    if include_last_offset:
        starts, ends = bounds[:-1], bounds[1:]
    else:
        starts, ends = bounds, bounds[1:] + [n]
    longest = max([e - s for s, e in zip(starts, ends)] + [1])
    positions = np.zeros((len(starts), longest), "int32")
    valid = np.zeros((len(starts), longest), bool)
    for b, (s, e) in enumerate(zip(starts, ends)):
        if e > s:
            positions[b, :e - s] = np.arange(s, e)
            valid[b, :e - s] = True
    return positions, valid


def embedding_bag(input, weight, offsets=None, max_norm=None, norm_type=2, mode="mean", per_sample_weights=None,
                  include_last_offset=False, padding_idx=None, scale_grad_by_freq=False, sparse=False):
    """Sums, means or maxima of bags of embedding rows (PyTorch's EmbeddingBag): padding entries count
    in no bag, an empty bag gives zeros. The bags are read from `offsets` on the host. The parameters
    Jittor has no use for (scale_grad_by_freq, sparse) come last, after those the table passes in
    order."""
    from ..nn.sparse import _renorm_rows

    if weight.ndim != 2:
        raise ValueError(f"weight has to be a 2D Tensor, but got Tensor of dimension {weight.ndim}")
    if mode not in ("sum", "mean", "max"):
        raise ValueError(f"mode has to be one of sum, mean or max, got {mode!r}")
    if per_sample_weights is not None:
        if mode != "sum":
            raise NotImplementedError("embedding_bag: per_sample_weights was not None. per_sample_weights is only "
                                      f"supported for mode='sum' (got mode='{mode}'). Please open a feature request "
                                      "on GitHub.")
        if list(per_sample_weights.shape) != list(input.shape):
            raise ValueError(f"embedding_bag: If per_sample_weights ({list(per_sample_weights.shape)}) is not None, "
                             f"then it must have the same shape as the input ({list(input.shape)})")
    if padding_idx is not None:
        if not -weight.shape[0] <= padding_idx < weight.shape[0]:
            raise AssertionError("Padding_idx must be within num_embeddings")
        if padding_idx < 0:
            padding_idx += weight.shape[0]
    if input.ndim == 2:
        if offsets is not None:
            raise ValueError("if input is 2D, then offsets has to be None, as input is treated is a mini-batch of "
                             "fixed length sequences. However, found offsets of type Tensor")
        # PyTorch flattens it with one offset per row
        offsets = jt.array(np.arange(0, input.shape[0] * input.shape[1], max(input.shape[1], 1)))
        input = input.reshape(-1)
        if per_sample_weights is not None:
            per_sample_weights = per_sample_weights.reshape(-1)
    elif input.ndim == 1:
        if offsets is None:
            raise ValueError("offsets has to be a 1D Tensor but got None")
        if offsets.ndim != 1:
            raise ValueError("offsets has to be a 1D Tensor")
    else:
        raise ValueError(f"input has to be 1D or 2D Tensor, but got Tensor of dimension {input.ndim}")
    if max_norm is not None:
        _renorm_rows(weight, input, max_norm, norm_type)
    positions, valid = _bag_positions(offsets, input.shape[0], include_last_offset)
    if input.shape[0]:
        idx = input[jt.array(positions)]
    else:
        idx = jt.zeros(positions.shape, "int64")
    keep = jt.array(valid)
    if padding_idx is not None:
        keep = keep & (idx != padding_idx)
    idx = jt.ternary(keep, idx, jt.zeros_like(idx))
    emb = weight[idx]  # (bags, longest, D)
    keep = keep.unsqueeze(-1)
    count = keep.astype(weight.dtype).sum(1)
    if mode == "max":
        filled = jt.ternary(keep, emb, jt.full_like(emb, -float("inf")))
        # the first maximal entry takes the gradient, as PyTorch's max_indices (Jittor's max gives it
        # to every tied entry: a bag holding one index twice)
        first = jt.argmax(filled, 1)[0]
        out = filled.reindex(list(first.shape), ["i0", "@e0(i0,i1)", "i1"], extras=[first])
        return jt.ternary(count > 0, out, jt.zeros_like(out))
    if per_sample_weights is not None:
        emb = emb * per_sample_weights[jt.array(positions)].unsqueeze(-1).astype(weight.dtype)
    total = jt.ternary(keep, emb, jt.zeros_like(emb)).sum(1)
    if mode == "sum":
        return total
    return total / jt.maximum(count, jt.ones_like(count))
