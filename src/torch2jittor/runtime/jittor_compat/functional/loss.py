"""torch.nn.functional losses with PyTorch's reductions, weights and ignore_index."""
from __future__ import annotations

import math

import jittor as jt
import numpy as np

from .._common import is_float, legacy_reduction, loss_reduce
from .._zero_dim import is_0d
from .activation import log_softmax, logsigmoid
from .distance import pairwise_distance
from ..ops.pointwise import abs_, log1p


def _class_last(x):
    if x.ndim <= 2:
        return x
    return x.permute([0] + list(range(2, x.ndim)) + [1])


def _nll(logp, target, weight, ignore_index, reduction):
    """nll_loss on log-probabilities with the class dim at 1 (or 0 for a 1-D input)."""
    if logp.ndim == 1:
        logp = logp.unsqueeze(0)
        target = target.reshape([1])
        squeeze = True
    else:
        squeeze = False
        target_shape = () if is_0d(target) else tuple(target.shape)
        batch = target_shape[0] if target_shape else 0
        if batch != logp.shape[0]:  # (an old script's 0-dim target for one (1, C) row)
            raise ValueError(f"Expected input batch_size ({logp.shape[0]}) to match target batch_size ({batch}).")
        if target_shape[1:] != tuple(logp.shape[2:]):
            raise RuntimeError(f"Expected target size {[logp.shape[0], *logp.shape[2:]]}, got {list(target_shape)}")
    lp = _class_last(logp)
    valid = target != ignore_index
    safe = jt.ternary(valid, target, jt.zeros_like(target)).astype("int32")
    picked = jt.gather(lp, lp.ndim - 1, safe.unsqueeze(-1)).squeeze(-1)
    w = valid.astype(logp.dtype)
    if weight is not None:
        w = weight[safe] * w
    loss = -picked * w
    if reduction == "none":
        return loss[0] if squeeze else loss
    if reduction == "sum":
        return loss.sum()
    if reduction == "mean":
        return loss.sum() / w.sum()
    raise ValueError(f"{reduction} is not a valid value for reduction")


def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean"):
    reduction = legacy_reduction(size_average, reduce, reduction)
    return _nll(input, target, weight, ignore_index, reduction)


def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None,
                  reduction="mean", label_smoothing=0.0):
    reduction = legacy_reduction(size_average, reduce, reduction)
    cdim = 1 if input.ndim >= 2 else 0
    n_classes = input.shape[cdim]
    logp = log_softmax(input, cdim)
    wshape = [1] * input.ndim
    wshape[cdim] = n_classes
    if is_float(target):  # class probabilities
        if label_smoothing > 0:
            target = target * (1 - label_smoothing) + label_smoothing / n_classes
        prod = logp * target
        if weight is not None:
            prod = prod * weight.reshape(wshape)
        if reduction == "none":
            return -prod.sum(cdim)
        if reduction == "sum":
            return -prod.sum()
        return -prod.sum() / (input.numel() / n_classes)
    nll = _nll(logp, target, weight, ignore_index, reduction)
    if label_smoothing <= 0:
        return nll
    ignore = target == ignore_index
    if weight is not None:
        smooth = -(logp * weight.reshape(wshape)).sum(cdim)
    else:
        smooth = -logp.sum(cdim)
    smooth = jt.ternary(ignore, jt.zeros_like(smooth), smooth)
    if reduction == "mean":
        if weight is not None:
            safe = jt.ternary(ignore, jt.zeros_like(target), target).astype("int32")
            denom = (weight[safe] * (1 - ignore.astype(weight.dtype))).sum()
        else:
            denom = (1 - ignore.astype(logp.dtype)).sum()
        ret = smooth.sum() / denom
    elif reduction == "sum":
        ret = smooth.sum()
    else:
        ret = smooth
    return (1 - label_smoothing) * nll + ret * (label_smoothing / n_classes)


def _weighted(loss, weight, reduction, mean_by_weight):
    if weight is None:
        return loss_reduce(loss, reduction)
    loss = loss * weight
    if reduction == "mean" and mean_by_weight:
        return loss.sum() / weight.sum()
    return loss_reduce(loss, reduction)


def mse_loss(input, target, size_average=None, reduce=None, reduction="mean", weight=None):
    reduction = legacy_reduction(size_average, reduce, reduction)
    d = input - target
    return _weighted(d * d, weight, reduction, True)


def l1_loss(input, target, size_average=None, reduce=None, reduction="mean", weight=None):
    reduction = legacy_reduction(size_average, reduce, reduction)
    return _weighted(abs_(input - target), weight, reduction, True)  # gradient 0 at an exact fit, as PyTorch's


def smooth_l1_loss(input, target, size_average=None, reduce=None, reduction="mean", beta=1.0):
    reduction = legacy_reduction(size_average, reduce, reduction)
    d = jt.abs(input - target)
    if beta == 0:
        return loss_reduce(d, reduction)
    return loss_reduce(jt.ternary(d < beta, 0.5 * d * d / beta, d - 0.5 * beta), reduction)


def huber_loss(input, target, reduction="mean", delta=1.0, weight=None):
    d = jt.abs(input - target)
    loss = jt.ternary(d < delta, 0.5 * d * d, delta * (d - 0.5 * delta))
    return _weighted(loss, weight, reduction, False)


def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None, reduction="mean"):
    reduction = legacy_reduction(size_average, reduce, reduction)
    log_p = jt.maximum(jt.log(input), -100.0)
    log_q = jt.maximum(jt.log(1 - input), -100.0)
    loss = -(target * log_p + (1 - target) * log_q)
    if weight is not None:
        loss = loss * weight
    return loss_reduce(loss, reduction)


def binary_cross_entropy_with_logits(input, target, weight=None, size_average=None, reduce=None,
                                     reduction="mean", pos_weight=None):
    reduction = legacy_reduction(size_average, reduce, reduction)
    log_sig = logsigmoid(input)
    if pos_weight is not None:
        log_sig = log_sig * ((pos_weight - 1) * target + 1)
    loss = (1 - target) * input - log_sig
    if weight is not None:
        loss = loss * weight
    return loss_reduce(loss, reduction)


def kl_div(input, target, size_average=None, reduce=None, reduction="mean", log_target=False):
    if size_average is not None or reduce is not None:
        reduction = legacy_reduction(size_average, reduce, reduction)
    if log_target:
        loss = jt.exp(target) * (target - input)
    else:
        # PyTorch's xlogy(target, target): 0 where the target is 0, NaN for a negative target
        safe = jt.ternary(target == 0, jt.ones_like(target), target)
        xlogy = jt.ternary(target == 0, jt.zeros_like(target), target * jt.log(safe))
        loss = xlogy - target * input
    if reduction == "batchmean":
        return loss.sum() / (input.shape[0] if input.ndim else 1)
    return loss_reduce(loss, reduction)


def margin_ranking_loss(input1, input2, target, margin=0, size_average=None, reduce=None, reduction="mean"):
    reduction = legacy_reduction(size_average, reduce, reduction)
    return loss_reduce(jt.maximum(-target * (input1 - input2) + margin, 0.0), reduction)


def soft_margin_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    reduction = legacy_reduction(size_average, reduce, reduction)
    return loss_reduce(log1p(jt.exp(-target * input)), reduction)


def hinge_embedding_loss(input, target, margin=1.0, size_average=None, reduce=None, reduction="mean"):
    reduction = legacy_reduction(size_average, reduce, reduction)
    zeros = jt.zeros_like(input)
    margin_clamp = jt.maximum(margin - input, 0.0)
    out_margin = jt.ternary(target != 1, margin_clamp, zeros)
    out_self = jt.ternary(target != -1, input, zeros)
    return loss_reduce(out_margin + out_self, reduction)


def cosine_embedding_loss(input1, input2, target, margin=0, size_average=None, reduce=None, reduction="mean"):
    reduction = legacy_reduction(size_average, reduce, reduction)
    eps = 1e-12
    dim = input1.ndim - 1
    prod = (input1 * input2).sum(dim)
    mag1 = (input1 * input1).sum(dim) + eps
    mag2 = (input2 * input2).sum(dim) + eps
    cos = prod / jt.sqrt(mag1 * mag2)
    zeros = jt.zeros_like(cos)
    pos = jt.ternary(target == 1, 1 - cos, zeros)
    neg = jt.ternary(target == -1, jt.maximum(cos - margin, 0.0), zeros)
    return loss_reduce(pos + neg, reduction)


def triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-06, swap=False, size_average=None,
                        reduce=None, reduction="mean"):
    reduction = legacy_reduction(size_average, reduce, reduction)
    d_pos = pairwise_distance(anchor, positive, p, eps)
    d_neg = pairwise_distance(anchor, negative, p, eps)
    if swap:
        d_neg = jt.minimum(d_neg, pairwise_distance(positive, negative, p, eps))
    return loss_reduce(jt.maximum(margin + d_pos - d_neg, 0.0), reduction)


def poisson_nll_loss(input, target, log_input=True, full=False, size_average=None, eps=1e-08, reduce=None,
                     reduction="mean"):
    reduction = legacy_reduction(size_average, reduce, reduction)
    if log_input:
        loss = jt.exp(input) - target * input
    else:
        loss = input - target * jt.log(input + eps)
    if full:
        safe = jt.ternary(target > 1, target, jt.ones_like(target) * 2)
        stirling = safe * jt.log(safe) - safe + 0.5 * jt.log(2 * math.pi * safe)
        loss = loss + jt.ternary(target > 1, stirling, jt.zeros_like(target))
    return loss_reduce(loss, reduction)


def gaussian_nll_loss(input, target, var, full=False, eps=1e-06, reduction="mean"):
    if not isinstance(var, jt.Var):
        var = jt.full_like(input, float(var))
    if list(var.shape) != list(input.shape):
        if list(input.shape[:-1]) == list(var.shape):
            var = var.unsqueeze(-1)
        elif not (list(input.shape[:-1]) == list(var.shape[:-1]) and var.shape[-1] == 1):
            raise ValueError("var is of incorrect size")
    # PyTorch clamps var in place under no_grad: the value is clamped, the gradient is not.
    var = var + (jt.maximum(var, eps) - var).detach()
    d = input - target
    loss = 0.5 * (jt.log(var) + d * d / var)
    if full:
        loss = loss + 0.5 * math.log(2 * math.pi)
    return loss_reduce(loss, reduction)


def multilabel_soft_margin_loss(input, target, weight=None, size_average=None, reduce=None, reduction="mean"):
    reduction = legacy_reduction(size_average, reduce, reduction)
    loss = -(target * logsigmoid(input) + (1 - target) * logsigmoid(-input))
    if weight is not None:
        loss = loss * weight
    loss = loss.sum(input.ndim - 1) / input.shape[-1]
    return loss_reduce(loss, reduction)


def _one_hot(index, classes, dim):
    """A float32 one-hot of `index`, the class axis inserted at `dim`."""
    shape = list(index.shape)
    shape.insert(dim, classes)
    return (jt.index(shape, dim) == index.unsqueeze(dim)).float32()


def multi_margin_loss(input, target, p=1, margin=1.0, weight=None, size_average=None, reduce=None,
                      reduction="mean"):
    reduction = legacy_reduction(size_average, reduce, reduction)
    if p not in (1, 2):
        raise ValueError("only p == 1 and p == 2 supported")
    if weight is not None and weight.ndim != 1:
        raise ValueError("weight must be one-dimensional")
    unbatched = input.ndim <= 1
    if unbatched:
        input, target = input.reshape([1, -1]), target.reshape([1])
    c = input.shape[1]
    target = target.int32()
    onehot = _one_hot(target, c, 1).astype(input.dtype)
    x_y = (input * onehot).sum(1, keepdims=True)
    z = jt.maximum(margin - x_y + input, 0.0)
    if p == 2:
        z = z * z
    if weight is not None:
        z = z * weight[target].unsqueeze(1)
    loss = (z * (1 - onehot)).sum(1) / c
    if unbatched and reduction == "none":
        return loss[0]
    return loss_reduce(loss, reduction)


def multilabel_margin_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    """Each sample's targets are the class indices before its first -1."""
    reduction = legacy_reduction(size_average, reduce, reduction)
    unbatched = input.ndim <= 1
    if unbatched:
        input, target = input.reshape([1, -1]), target.reshape([1, -1])
    c = input.shape[1]
    target = target.int32()
    valid = jt.cumprod((target >= 0).int32(), 1).astype(input.dtype)  # targets end at the first -1
    safe = jt.ternary(target >= 0, target, jt.zeros_like(target))
    onehot = _one_hot(safe, c, 2).astype(input.dtype) * valid.unsqueeze(2)  # (N, targets, C)
    is_target = onehot.max(1)  # (N, C)
    x_y = (input.unsqueeze(1) * onehot).sum(2)  # (N, targets)
    hinge = jt.maximum(1 - (x_y.unsqueeze(2) - input.unsqueeze(1)), 0.0)  # (N, targets, C)
    loss = (hinge * valid.unsqueeze(2) * (1 - is_target).unsqueeze(1)).sum([1, 2]) / c
    if unbatched and reduction == "none":
        return loss[0]
    return loss_reduce(loss, reduction)


def triplet_margin_with_distance_loss(anchor, positive, negative, distance_function=None, margin=1.0, swap=False,
                                      reduction="mean"):
    # (keyword-only in PyTorch: converted calls pass them by name)
    if margin <= 0:
        raise ValueError(f"triplet_margin_with_distance_loss: expected margin to be greater than 0, got {margin} "
                         "instead")
    if not anchor.ndim == positive.ndim == negative.ndim:
        raise RuntimeError(f"The anchor, positive, and negative tensors are expected to have the same number of "
                           f"dimensions, but got: anchor {anchor.ndim}D, positive {positive.ndim}D, and negative "
                           f"{negative.ndim}D inputs")
    distance = distance_function if distance_function is not None else pairwise_distance
    d_pos = distance(anchor, positive)
    d_neg = distance(anchor, negative)
    if swap:
        d_neg = jt.minimum(d_neg, distance(positive, negative))
    return loss_reduce(jt.maximum(margin + d_pos - d_neg, 0.0), reduction)


def ctc_loss(log_probs, targets, input_lengths, target_lengths, blank=0, reduction="mean", zero_infinity=False):
    """Jittor's ctc_loss on PyTorch's argument forms (padded or concatenated targets, lengths as
    tensors or sequences), PyTorch's infinities and reductions."""
    unbatched = log_probs.ndim == 2
    if unbatched:
        log_probs = log_probs.unsqueeze(1)
        targets = targets.unsqueeze(0) if targets.ndim == 1 else targets
    n = log_probs.shape[1]

    def as_var(v):
        if isinstance(v, jt.Var):
            return v.reshape([-1]).int32()
        return jt.array(np.asarray(v, dtype="int32").reshape(-1))

    input_lengths, target_lengths = as_var(input_lengths), as_var(target_lengths)
    if targets.ndim == 1:  # concatenated targets: pad them into (N, S)
        lengths = [int(v) for v in target_lengths.numpy()]
        flat = targets.numpy().astype("int32")
        padded = np.zeros((n, max(max(lengths), 1)), dtype="int32")
        pos = 0
        for i, length in enumerate(lengths):
            padded[i, :length] = flat[pos:pos + length]
            pos += length
        targets = jt.array(padded)
    loss = jt.ctc_loss(log_probs, targets.int32(), input_lengths, target_lengths, blank=blank, reduction="none")
    # Jittor's ctc_loss stands for log(0) with -1e30: an impossible alignment costs ~1e30, PyTorch's inf.
    impossible = loss >= 1e29
    loss = jt.ternary(impossible, jt.full_like(loss, 0.0 if zero_infinity else float("inf")), loss)
    if reduction == "mean":
        return (loss / jt.maximum(target_lengths.float32(), 1.0)).mean()
    if reduction == "sum":
        return loss.sum()
    return loss[0] if unbatched else loss


# torch.* forms of the losses (ATen's signatures): `reduction` is ATen's Reduction enum; omitted, PyTorch's
# binding passes 0 ('none'), not the schema's Mean
_REDUCTIONS = ("none", "mean", "sum")


def _reduction_name(reduction):
    if isinstance(reduction, str):
        return reduction
    return _REDUCTIONS[int(reduction)]


def aten_cosine_embedding_loss(input1, input2, target, margin=0.0, reduction=0):
    return cosine_embedding_loss(input1, input2, target, margin, reduction=_reduction_name(reduction))


def aten_hinge_embedding_loss(input, target, margin=1.0, reduction=0):
    return hinge_embedding_loss(input, target, margin, reduction=_reduction_name(reduction))


def aten_margin_ranking_loss(input1, input2, target, margin=0.0, reduction=0):
    return margin_ranking_loss(input1, input2, target, margin, reduction=_reduction_name(reduction))


def aten_triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-06, swap=False, reduction=0):
    return triplet_margin_loss(anchor, positive, negative, margin, p, eps, swap, reduction=_reduction_name(reduction))


def aten_kl_div(input, target, reduction=0, log_target=False):
    return kl_div(input, target, reduction=_reduction_name(reduction), log_target=log_target)


def aten_poisson_nll_loss(input, target, log_input, full, eps, reduction):
    return poisson_nll_loss(input, target, log_input, full, eps=eps, reduction=_reduction_name(reduction))


def aten_binary_cross_entropy_with_logits(input, target, weight=None, pos_weight=None, reduction=0):
    return binary_cross_entropy_with_logits(input, target, weight, reduction=_reduction_name(reduction),
                                            pos_weight=pos_weight)


def aten_ctc_loss(log_probs, targets, input_lengths, target_lengths, blank=0, reduction=0, zero_infinity=False):
    return ctc_loss(log_probs, targets, input_lengths, target_lengths, blank, _reduction_name(reduction),
                    zero_infinity)
