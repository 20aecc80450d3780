"""torch.nn.functional activations and softmax variants."""
from __future__ import annotations

import math
import warnings

import jittor as jt
from jittor import nn as jnn

from .._common import dtype_arg
from ..ops.pointwise import log1p


def gelu(input, approximate="none"):
    if approximate == "tanh":
        inner = math.sqrt(2.0 / math.pi) * (input + 0.044715 * input * input * input)
        return 0.5 * input * (1.0 + jt.tanh(inner))
    if approximate != "none":
        raise ValueError(f"approximate argument must be either none or tanh, got {approximate}")
    return input * 0.5 * (1.0 + jt.erf(input * (1.0 / math.sqrt(2.0))))


def softplus(input, beta=1, threshold=20):
    # PyTorch: x where beta * x > threshold, else log1p(exp(beta * x)) / beta
    z = input * beta
    soft = log1p(jt.exp(jt.minimum(z, float(threshold)))) / beta
    return jt.ternary(z > threshold, input, soft)


def hardswish(input):
    return input * jt.clamp(input + 3.0, 0.0, 6.0) / 6.0


def hardsigmoid(input):
    return jt.clamp(input + 3.0, 0.0, 6.0) / 6.0


def selu(input):
    alpha = 1.6732632423543772848170429916717
    scale = 1.0507009873554804934193349852946
    return scale * jt.ternary(input > 0, input, alpha * (jt.exp(input) - 1.0))


def celu(input, alpha=1.0):
    return jt.ternary(input > 0, input, alpha * (jt.exp(input / alpha) - 1.0))


def softsign(input):
    return input / (1.0 + jt.abs(input))


def softshrink(input, lambd=0.5):
    zero = jt.zeros_like(input)
    return jt.ternary(input > lambd, input - lambd, jt.ternary(input < -lambd, input + lambd, zero))


def hardshrink(input, lambd=0.5):
    keep = (input > lambd).logical_or(input < -lambd)
    return jt.ternary(keep, input, jt.zeros_like(input))


def tanhshrink(input):
    return input - jt.tanh(input)


def threshold(input, threshold, value):
    return jt.ternary(input > threshold, input, jt.full_like(input, value))


def logsigmoid(input):
    # log(sigmoid(x)) without underflow: min(x, 0) - log1p(exp(-|x|))
    return jt.minimum(input, 0.0) - log1p(jt.exp(-jt.abs(input)))


def glu(input, dim=-1):
    n = input.shape[dim]
    if n % 2:
        raise RuntimeError(f"Halving dimension must be even, but dimension {dim} is size {n}")
    a, b = jt.chunk(input, 2, dim)
    return a * jt.sigmoid(b)


def prelu(input, weight):
    channels = input.shape[1] if input.ndim >= 2 else 1
    if weight.numel() not in (1, channels):
        raise RuntimeError(f"Mismatch of parameter numbers and input channel size. Found parameter numbers = "
                           f"{weight.numel()} and channel size = {channels}.")
    if weight.numel() == 1 or input.ndim < 2:
        w = weight.reshape([-1])
    else:
        w = weight.reshape([1, weight.numel()] + [1] * (input.ndim - 2))
    return jt.ternary(input > 0, input, w * input)


def rrelu(input, lower=1.0 / 8, upper=1.0 / 3, training=False):
    if not training:
        return jt.ternary(input >= 0, input, input * ((lower + upper) / 2))
    slope = jt.rand(input.shape) * (upper - lower) + lower
    return jt.ternary(input >= 0, input, input * slope.astype(input.dtype))


def _softmax_dim(ndim):
    """torch's implicit softmax dim when dim=None (deprecated, still honoured)."""
    return 0 if ndim in (0, 1, 3) else 1


def softmax(input, dim=None, dtype=None):
    if dtype is not None:
        input = input.astype(dtype_arg(dtype))
    if dim is None:
        dim = _softmax_dim(input.ndim)
    return jnn.softmax(input, dim)


def log_softmax(input, dim=None, dtype=None):
    if dtype is not None:
        input = input.astype(dtype_arg(dtype))
    if dim is None:
        dim = _softmax_dim(input.ndim)
    shifted = input - input.max(dim, keepdims=True)
    return shifted - jt.log(jt.exp(shifted).sum(dim, keepdims=True))


def softmin(input, dim=None, dtype=None):
    if dtype is not None:
        input = input.astype(dtype_arg(dtype))
    return softmax(-input, dim)


def gumbel_softmax(logits, tau=1, hard=False, eps=1e-10, dim=-1):
    """PyTorch's sampler (its draws differ: Jittor's generator): softmax((logits + Gumbel noise) / tau);
    `hard` returns the one-hot argmax with the soft sample's gradient (straight-through)."""
    if eps != 1e-10:
        warnings.warn("`eps` parameter is deprecated and has no effect.")
    # Exponential(1) draws as -log(1 - U), U uniform in [0, 1); Gumbel = -log(Exponential)
    uniform = jt.rand(list(logits.shape)).astype(logits.dtype)
    gumbels = -jt.log(-jt.log(1 - uniform))
    y_soft = softmax((logits + gumbels) / tau, dim)
    if not hard:
        return y_soft
    dim = dim + logits.ndim if dim < 0 else dim
    index = jt.argmax(y_soft, dim, keepdims=True)[0]
    y_hard = (jt.index(list(logits.shape), dim) == index).astype(logits.dtype)
    return y_hard - y_soft.detach() + y_soft  # Var.stop_grad() would stop y_soft itself
