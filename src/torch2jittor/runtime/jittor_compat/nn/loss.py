"""torch.nn loss layers with PyTorch's reductions, weights and ignore_index."""
from __future__ import annotations

import math

import jittor as jt
import numpy as np

from .._common import legacy_reduction, loss_reduce
from ._utils import _log1p, _log_sigmoid, _log_softmax, _softplus
from .distance import _pairwise_distance


class _Loss(jt.Module):
    def __init__(self, size_average=None, reduce=None, reduction="mean"):
        self.reduction = legacy_reduction(size_average, reduce, reduction)


class L1Loss(_Loss):
    def execute(self, input, target):
        return loss_reduce(jt.abs(input - target), self.reduction)


class MSELoss(_Loss):
    def execute(self, input, target):
        d = input - target
        return loss_reduce(d * d, self.reduction)


class SmoothL1Loss(_Loss):
    def __init__(self, size_average=None, reduce=None, reduction="mean", beta=1.0):
        super().__init__(size_average, reduce, reduction)
        self.beta = beta

    def execute(self, input, target):
        d = jt.abs(input - target)
        if self.beta == 0:
            return loss_reduce(d, self.reduction)
        loss = jt.ternary(d < self.beta, 0.5 * d * d / self.beta, d - 0.5 * self.beta)
        return loss_reduce(loss, self.reduction)


class HuberLoss(_Loss):
    def __init__(self, reduction="mean", delta=1.0):
        self.reduction, self.delta = reduction, delta

    def execute(self, input, target):
        d = jt.abs(input - target)
        loss = jt.ternary(d < self.delta, 0.5 * d * d, self.delta * (d - 0.5 * self.delta))
        return loss_reduce(loss, self.reduction)


class SoftMarginLoss(_Loss):
    def execute(self, input, target):
        return loss_reduce(_softplus(-target * input), self.reduction)


class BCELoss(_Loss):
    def __init__(self, weight=None, size_average=None, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.weight = weight

    def execute(self, input, target):
        loss = -(target * jt.maximum(jt.log(input), -100.0) + (1 - target) * jt.maximum(jt.log(1 - input), -100.0))
        if self.weight is not None:
            loss = loss * self.weight
        return loss_reduce(loss, self.reduction)


class BCEWithLogitsLoss(_Loss):
    def __init__(self, weight=None, size_average=None, reduce=None, reduction="mean", pos_weight=None):
        super().__init__(size_average, reduce, reduction)
        self.weight, self.pos_weight = weight, pos_weight

    def execute(self, input, target):
        sp = _log1p(jt.exp(-jt.abs(input))) + jt.maximum(-input, 0.0)  # -log_sigmoid(input)
        if self.pos_weight is not None:
            log_weight = (self.pos_weight - 1) * target + 1
            loss = (1 - target) * input + log_weight * sp
        else:
            loss = (1 - target) * input + sp
        if self.weight is not None:
            loss = loss * self.weight
        return loss_reduce(loss, self.reduction)


def _class_dim(input):
    return 1 if input.ndim >= 2 else 0


def _weight_shape(input, weight):
    shape = [1] * input.ndim
    shape[_class_dim(input)] = weight.shape[0]
    return weight.reshape(shape)


def _nll(logp, target, weight, ignore_index, reduction):
    """nll_loss over the class dim (1, or 0 for an unbatched input); returns (loss, total weight)."""
    cdim = _class_dim(logp)
    c = logp.shape[cdim]
    valid = target != ignore_index
    safe = jt.ternary(valid, target, jt.zeros_like(target)).int32()
    picked = (logp * _one_hot(safe, c, cdim)).sum(cdim)
    w = valid.float32()
    if weight is not None:
        w = w * weight[safe]
    loss = -picked * w
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return loss.sum() / w.sum()


def _one_hot(index, classes, dim):
    """A float one-hot of `index` with the class axis inserted at `dim`."""
    shape = list(index.shape)
    shape.insert(dim, classes)
    return (jt.index(shape, dim) == index.unsqueeze(dim)).float32()


class NLLLoss(_Loss):
    def __init__(self, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.weight, self.ignore_index = weight, ignore_index

    def execute(self, input, target):
        return _nll(input, target, self.weight, self.ignore_index, self.reduction)


NLLLoss2d = NLLLoss


class CrossEntropyLoss(_Loss):
    def __init__(self, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean",
                 label_smoothing=0.0):
        super().__init__(size_average, reduce, reduction)
        self.weight, self.ignore_index, self.label_smoothing = weight, ignore_index, label_smoothing

    def execute(self, input, target):
        cdim = _class_dim(input)
        c = input.shape[cdim]
        logp = _log_softmax(input, cdim)
        eps = self.label_smoothing
        if str(target.dtype).startswith("float"):  # class probabilities
            if eps > 0:
                target = target * (1 - eps) + eps / c
            prod = logp * target
            if self.weight is not None:
                prod = prod * _weight_shape(input, self.weight)
            loss = -prod.sum(cdim)
            if self.reduction == "mean":
                return loss.sum() / (input.numel() // c)
            return loss_reduce(loss, self.reduction)
        nll = _nll(logp, target, self.weight, self.ignore_index, self.reduction)
        if eps <= 0:
            return nll
        valid = target != self.ignore_index
        if self.weight is not None:
            smooth = -(logp * _weight_shape(input, self.weight)).sum(cdim)
        else:
            smooth = -logp.sum(cdim)
        smooth = smooth * valid.float32()
        if self.reduction == "mean":
            if self.weight is not None:
                safe = jt.ternary(valid, target, jt.zeros_like(target)).int32()
                smooth = smooth.sum() / (self.weight[safe] * valid.float32()).sum()
            else:
                smooth = smooth.sum() / valid.float32().sum()
        elif self.reduction == "sum":
            smooth = smooth.sum()
        return (1 - eps) * nll + smooth * (eps / c)


class KLDivLoss(_Loss):
    def __init__(self, size_average=None, reduce=None, reduction="mean", log_target=False):
        super().__init__(size_average, reduce, reduction)
        self.log_target = log_target

    def execute(self, input, target):
        if self.log_target:
            loss = jt.exp(target) * (target - input)
        else:
            safe = jt.ternary(target > 0, target, jt.ones_like(target))
            loss = jt.ternary(target > 0, target * jt.log(safe), jt.zeros_like(target)) - target * input
        if self.reduction == "batchmean":
            return loss.sum() / (input.shape[0] if input.ndim > 0 else 1)
        return loss_reduce(loss, self.reduction)


class MarginRankingLoss(_Loss):
    def __init__(self, margin=0.0, size_average=None, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.margin = margin

    def execute(self, input1, input2, target):
        return loss_reduce(jt.maximum(-target * (input1 - input2) + self.margin, 0.0), self.reduction)


class HingeEmbeddingLoss(_Loss):
    def __init__(self, margin=1.0, size_average=None, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.margin = margin

    def execute(self, input, target):
        zeros = jt.zeros_like(input)
        margin_clamp = jt.maximum(self.margin - input, 0.0)
        loss = jt.ternary(target != 1, margin_clamp, zeros) + jt.ternary(target != -1, input, zeros)
        return loss_reduce(loss, self.reduction)


class CosineEmbeddingLoss(_Loss):
    def __init__(self, margin=0.0, size_average=None, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.margin = margin

    def execute(self, input1, input2, target):
        dim = 1 if input1.ndim == 2 else 0
        eps = 1e-12
        prod = (input1 * input2).sum(dim)
        m1 = (input1 * input1).sum(dim) + eps
        m2 = (input2 * input2).sum(dim) + eps
        cos = prod / jt.sqrt(m1 * m2)
        zeros = jt.zeros_like(cos)
        loss = jt.ternary(target == 1, 1 - cos, zeros) + jt.ternary(target == -1, jt.maximum(cos - self.margin, 0.0),
                                                                     zeros)
        return loss_reduce(loss, self.reduction)


class MultiLabelSoftMarginLoss(_Loss):
    def __init__(self, weight=None, size_average=None, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.weight = weight

    def execute(self, input, target):
        loss = -(target * _log_sigmoid(input) + (1 - target) * _log_sigmoid(-input))
        if self.weight is not None:
            loss = loss * self.weight
        cdim = input.ndim - 1
        loss = loss.sum(cdim) / input.shape[cdim]
        return loss_reduce(loss, self.reduction)


class MultiMarginLoss(_Loss):
    def __init__(self, p=1, margin=1.0, weight=None, size_average=None, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        if p not in (1, 2):
            raise ValueError("only p == 1 and p == 2 supported")
        self.p, self.margin, self.weight = p, margin, weight

    def execute(self, input, target):
        unbatched = input.ndim == 1
        if unbatched:
            input, target = input.unsqueeze(0), target.reshape([1])
        c = input.shape[1]
        onehot = _one_hot(target.int32(), c, 1)
        x_y = (input * onehot).sum(1, keepdims=True)
        z = jt.maximum(self.margin - x_y + input, 0.0)
        if self.p == 2:
            z = z * z
        if self.weight is not None:
            z = z * self.weight[target.int32()].unsqueeze(1)
        loss = (z * (1 - onehot)).sum(1) / c
        if unbatched and self.reduction == "none":
            return loss[0]
        return loss_reduce(loss, self.reduction)


class MultiLabelMarginLoss(_Loss):
    def execute(self, input, target):
        unbatched = input.ndim == 1
        if unbatched:
            input, target = input.unsqueeze(0), target.unsqueeze(0)
        n, c = input.shape
        target = target.int32()
        valid = jt.cumprod((target >= 0).int32(), 1).float32()  # targets end at the first -1
        safe = jt.ternary(target >= 0, target, jt.zeros_like(target))
        onehot = _one_hot(safe, c, 2) * valid.unsqueeze(2)  # (N, C_targets, C)
        is_target = onehot.max(1)  # (N, C)
        x_y = (input.unsqueeze(1) * onehot).sum(2)  # (N, C_targets)
        hinge = jt.maximum(1 - (x_y.unsqueeze(2) - input.unsqueeze(1)), 0.0)  # (N, C_targets, C)
        loss = (hinge * valid.unsqueeze(2) * (1 - is_target).unsqueeze(1)).sum([1, 2]) / c
        if unbatched and self.reduction == "none":
            return loss[0]
        return loss_reduce(loss, self.reduction)


class TripletMarginLoss(_Loss):
    def __init__(self, margin=1.0, p=2.0, eps=1e-06, swap=False, size_average=None, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.margin, self.p, self.eps, self.swap = margin, p, eps, swap

    def execute(self, anchor, positive, negative):
        d_pos = _pairwise_distance(anchor, positive, self.p, self.eps)
        d_neg = _pairwise_distance(anchor, negative, self.p, self.eps)
        if self.swap:
            d_neg = jt.minimum(d_neg, _pairwise_distance(positive, negative, self.p, self.eps))
        return loss_reduce(jt.maximum(self.margin + d_pos - d_neg, 0.0), self.reduction)


class TripletMarginWithDistanceLoss(_Loss):
    def __init__(self, *, distance_function=None, margin=1.0, swap=False, reduction="mean"):
        if margin <= 0:
            raise ValueError(f"TripletMarginWithDistanceLoss: expected margin to be greater than 0, got {margin}")
        self.distance_function = distance_function if distance_function is not None else _pairwise_distance
        self.margin, self.swap, self.reduction = margin, swap, reduction

    def execute(self, anchor, positive, negative):
        d_pos = self.distance_function(anchor, positive)
        d_neg = self.distance_function(anchor, negative)
        if self.swap:
            d_neg = jt.minimum(d_neg, self.distance_function(positive, negative))
        return loss_reduce(jt.maximum(self.margin + d_pos - d_neg, 0.0), self.reduction)


class PoissonNLLLoss(_Loss):
    def __init__(self, log_input=True, full=False, size_average=None, eps=1e-08, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.log_input, self.full, self.eps = log_input, full, eps

    def execute(self, log_input, target):
        if self.log_input:
            loss = jt.exp(log_input) - target * log_input
        else:
            loss = log_input - target * jt.log(log_input + self.eps)
        if self.full:
            safe = jt.ternary(target > 1, target, jt.ones_like(target))
            stirling = safe * jt.log(safe) - safe + 0.5 * jt.log(2 * math.pi * safe)
            loss = loss + jt.ternary(target > 1, stirling, jt.zeros_like(target))
        return loss_reduce(loss, self.reduction)


class GaussianNLLLoss(_Loss):
    def __init__(self, *, full=False, eps=1e-06, reduction="mean"):
        self.full, self.eps, self.reduction = full, eps, reduction

    def execute(self, input, target, var):
        if isinstance(var, (int, float)):
            var = jt.full_like(input, float(var))
        if list(var.shape) != list(input.shape):
            if list(input.shape[:-1]) == list(var.shape):
                var = var.unsqueeze(-1)
            elif not (list(input.shape[:-1]) == list(var.shape[:-1]) and var.shape[-1] == 1):
                raise ValueError("var is of incorrect size")
        # PyTorch clamps var in place under no_grad: the value is clamped, the gradient is not.
        var = var + (jt.maximum(var, self.eps) - var).stop_grad()
        loss = 0.5 * (jt.log(var) + (input - target) ** 2 / var)
        if self.full:
            loss = loss + 0.5 * math.log(2 * math.pi)
        return loss_reduce(loss, self.reduction)


class CTCLoss(_Loss):
    def __init__(self, blank=0, reduction="mean", zero_infinity=False):
        self.blank, self.reduction, self.zero_infinity = blank, reduction, zero_infinity

    def execute(self, log_probs, targets, input_lengths, target_lengths):
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
        loss = jt.ctc_loss(log_probs, targets.int32(), input_lengths, target_lengths, blank=self.blank,
                           reduction="none")
        # Jittor's ctc_loss stands for log(0) with -1e30: an impossible alignment costs ~1e30, PyTorch's inf.
        impossible = loss >= 1e29
        loss = jt.ternary(impossible, jt.full_like(loss, 0.0 if self.zero_infinity else float("inf")), loss)
        if self.reduction == "mean":
            return (loss / jt.maximum(target_lengths.float32(), 1.0)).mean()
        if self.reduction == "sum":
            return loss.sum()
        return loss[0] if unbatched else loss
