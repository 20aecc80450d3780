"""torch.nn activation layers Jittor lacks or computes differently."""
from __future__ import annotations

import math
import warnings

import jittor as jt

from ._utils import _log1p, _log_sigmoid, _log_softmax, _softmax, _softmax_dim


class GELU(jt.Module):
    def __init__(self, approximate="none"):
        if approximate not in ("none", "tanh"):
            raise ValueError(f"approximate argument must be either none or tanh, got {approximate!r}")
        self.approximate = approximate

    def execute(self, x):
        if self.approximate == "tanh":
            beta = math.sqrt(2.0) * (2.0 / math.sqrt(math.pi)) * 0.5
            return 0.5 * x * (1.0 + jt.tanh(beta * (x + 0.044715 * x * x * x)))
        return 0.5 * x * (1.0 + jt.erf(x * 0.7071067811865476))


class Hardtanh(jt.Module):
    def __init__(self, min_val=-1.0, max_val=1.0, inplace=False, min_value=None, max_value=None):
        if min_value is not None:
            warnings.warn("keyword argument `min_value` is deprecated and renamed to `min_val`", FutureWarning)
            min_val = min_value
        if max_value is not None:
            warnings.warn("keyword argument `max_value` is deprecated and renamed to `max_val`", FutureWarning)
            max_val = max_value
        if max_val < min_val:
            raise ValueError("max_val must be greater than or equal to min_val")
        self.min_val, self.max_val = min_val, max_val

    def execute(self, x):
        return jt.minimum(jt.maximum(x, self.min_val), self.max_val)


class Mish(jt.Module):
    def __init__(self, inplace=False):
        pass

    def execute(self, x):
        return x * jt.tanh(_softplus_thresholded(x))


def _softplus_thresholded(x, beta=1.0, threshold=20.0):
    """PyTorch's softplus: x where beta*x > threshold, else log1p(exp(beta*x))/beta."""
    bx = x * beta
    return jt.ternary(bx > threshold, x, _log1p(jt.exp(jt.minimum(bx, threshold))) / beta)


class Hardswish(jt.Module):
    def __init__(self, inplace=False):
        pass

    def execute(self, x):
        return x * jt.minimum(jt.maximum(x + 3.0, 0.0), 6.0) / 6.0


class Hardsigmoid(jt.Module):
    def __init__(self, inplace=False):
        pass

    def execute(self, x):
        return jt.minimum(jt.maximum(x + 3.0, 0.0), 6.0) / 6.0


class SELU(jt.Module):
    _alpha = 1.6732632423543772848170429916717
    _scale = 1.0507009873554804934193349852946

    def __init__(self, inplace=False):
        pass

    def execute(self, x):
        return self._scale * jt.ternary(x > 0, x, self._alpha * (jt.exp(x) - 1.0))


class CELU(jt.Module):
    def __init__(self, alpha=1.0, inplace=False):
        if alpha == 0:
            raise ValueError("ZeroDivisionError: alpha cannot be 0 for CELU")
        self.alpha = alpha

    def execute(self, x):
        return jt.ternary(x > 0, x, self.alpha * (jt.exp(x / self.alpha) - 1.0))


class PReLU(jt.Module):
    def __init__(self, num_parameters=1, init=0.25):
        self.num_parameters = num_parameters
        self.weight = jt.full((num_parameters,), init, "float32")

    def execute(self, x):
        w = self.weight
        if self.num_parameters > 1:
            if x.ndim < 2:
                raise ValueError("PReLU with num_parameters > 1 needs an input with a channel dimension")
            w = w.reshape([1, -1] + [1] * (x.ndim - 2))
        return jt.ternary(x >= 0, x, w * x)


class RReLU(jt.Module):
    def __init__(self, lower=1.0 / 8, upper=1.0 / 3, inplace=False):
        self.lower, self.upper = lower, upper

    def execute(self, x):
        if self.is_training():
            slope = jt.rand(x.shape) * (self.upper - self.lower) + self.lower
        else:
            slope = (self.lower + self.upper) / 2
        return jt.ternary(x >= 0, x, x * slope)


class Softplus(jt.Module):
    def __init__(self, beta=1.0, threshold=20.0):
        self.beta, self.threshold = beta, threshold

    def execute(self, x):
        return _softplus_thresholded(x, self.beta, self.threshold)


class Softsign(jt.Module):
    def execute(self, x):
        return x / (1.0 + jt.abs(x))


class Softshrink(jt.Module):
    def __init__(self, lambd=0.5):
        if lambd < 0:
            raise ValueError(f"lambda must be greater or equal to 0, but found to be {lambd}.")
        self.lambd = lambd

    def execute(self, x):
        return jt.ternary(x > self.lambd, x - self.lambd, jt.ternary(x < -self.lambd, x + self.lambd, jt.zeros_like(x)))


class Hardshrink(jt.Module):
    def __init__(self, lambd=0.5):
        self.lambd = lambd

    def execute(self, x):
        return jt.ternary((x > self.lambd) | (x < -self.lambd), x, jt.zeros_like(x))


class Tanhshrink(jt.Module):
    def execute(self, x):
        return x - jt.tanh(x)


class Threshold(jt.Module):
    def __init__(self, threshold, value, inplace=False):
        self.threshold, self.value = threshold, value

    def execute(self, x):
        return jt.ternary(x > self.threshold, x, jt.full_like(x, self.value))


class LogSigmoid(jt.Module):
    def execute(self, x):
        return _log_sigmoid(x)


class LogSoftmax(jt.Module):
    def __init__(self, dim=None):
        self.dim = dim

    def execute(self, x):
        return _log_softmax(x, _softmax_dim(x.ndim) if self.dim is None else self.dim)


class Softmin(jt.Module):
    def __init__(self, dim=None):
        self.dim = dim

    def execute(self, x):
        return _softmax(-x, _softmax_dim(x.ndim) if self.dim is None else self.dim)


class Softmax2d(jt.Module):
    def execute(self, x):
        if x.ndim not in (3, 4):
            raise ValueError(f"Softmax2d: expected input to be 3D or 4D, got {x.ndim}D instead")
        return _softmax(x, -3)


class GLU(jt.Module):
    def __init__(self, dim=-1):
        self.dim = dim

    def execute(self, x):
        dim = self.dim % x.ndim
        n = x.shape[dim]
        if n % 2:
            raise ValueError(f"Halving dimension must be even, but dimension {dim} is size {n}")
        a = x[(slice(None),) * dim + (slice(0, n // 2),)]
        b = x[(slice(None),) * dim + (slice(n // 2, n),)]
        return a * jt.sigmoid(b)
