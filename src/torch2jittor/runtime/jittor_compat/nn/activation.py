"""torch.nn activation layers Jittor lacks or computes differently, over ..functional.activation."""
from __future__ import annotations

import warnings

import jittor as jt

from ..functional import activation as F


class GELU(jt.Module):
    def __init__(self, approximate="none"):
        if approximate not in ("none", "tanh"):
            raise ValueError(f"approximate argument must be either none or tanh, got {approximate!r}")
        self.approximate = approximate

    def execute(self, x):
        return F.gelu(x, self.approximate)


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
        return x * jt.tanh(F.softplus(x))


class Hardswish(jt.Module):
    def __init__(self, inplace=False):
        pass

    def execute(self, x):
        return F.hardswish(x)


class Hardsigmoid(jt.Module):
    def __init__(self, inplace=False):
        pass

    def execute(self, x):
        return F.hardsigmoid(x)


class SELU(jt.Module):
    def __init__(self, inplace=False):
        pass

    def execute(self, x):
        return F.selu(x)


class CELU(jt.Module):
    def __init__(self, alpha=1.0, inplace=False):
        if alpha == 0:
            raise ValueError("ZeroDivisionError: alpha cannot be 0 for CELU")
        self.alpha = alpha

    def execute(self, x):
        return F.celu(x, self.alpha)


class PReLU(jt.Module):
    def __init__(self, num_parameters=1, init=0.25):
        self.num_parameters = num_parameters
        self.weight = jt.full((num_parameters,), init, "float32")

    def execute(self, x):
        return F.prelu(x, self.weight)


class RReLU(jt.Module):
    def __init__(self, lower=1.0 / 8, upper=1.0 / 3, inplace=False):
        self.lower, self.upper = lower, upper

    def execute(self, x):
        return F.rrelu(x, self.lower, self.upper, self.is_training())


class Softplus(jt.Module):
    def __init__(self, beta=1.0, threshold=20.0):
        self.beta, self.threshold = beta, threshold

    def execute(self, x):
        return F.softplus(x, self.beta, self.threshold)


class Softsign(jt.Module):
    def execute(self, x):
        return F.softsign(x)


class Softshrink(jt.Module):
    def __init__(self, lambd=0.5):
        if lambd < 0:
            raise ValueError(f"lambda must be greater or equal to 0, but found to be {lambd}.")
        self.lambd = lambd

    def execute(self, x):
        return F.softshrink(x, self.lambd)


class Hardshrink(jt.Module):
    def __init__(self, lambd=0.5):
        self.lambd = lambd

    def execute(self, x):
        return F.hardshrink(x, self.lambd)


class Tanhshrink(jt.Module):
    def execute(self, x):
        return F.tanhshrink(x)


class Threshold(jt.Module):
    def __init__(self, threshold, value, inplace=False):
        self.threshold, self.value = threshold, value

    def execute(self, x):
        return F.threshold(x, self.threshold, self.value)


class LogSigmoid(jt.Module):
    def execute(self, x):
        return F.logsigmoid(x)


class Softmax(jt.Module):
    """dim=None is PyTorch's implicit dim (0 for 0/1/3-D input, else 1); Jittor's normalises
    over all elements."""

    def __init__(self, dim=None):
        self.dim = dim

    def execute(self, x):
        return F.softmax(x, self.dim)


class LogSoftmax(jt.Module):
    def __init__(self, dim=None):
        self.dim = dim

    def execute(self, x):
        return F.log_softmax(x, self.dim)


class Softmin(jt.Module):
    def __init__(self, dim=None):
        self.dim = dim

    def execute(self, x):
        return F.softmin(x, self.dim)


class Softmax2d(jt.Module):
    def execute(self, x):
        if x.ndim not in (3, 4):
            raise ValueError(f"Softmax2d: expected input to be 3D or 4D, got {x.ndim}D instead")
        return F.softmax(x, -3)


class GLU(jt.Module):
    def __init__(self, dim=-1):
        self.dim = dim

    def execute(self, x):
        return F.glu(x, self.dim)


def writes_through(layer):
    """`layer` (an activation PyTorch ran in place) made to write its output into its input Var,
    which is also what it returns: code reading that input after the call sees the new values, as
    in PyTorch. The layer keeps its class (a subclass of it), so isinstance checks still hold."""
    cls = type(layer)
    if cls.__dict__.get("_writes_through"):
        return layer
    through = cls.__dict__.get("_writes_through_class")
    if through is None:
        own = cls.execute

        def execute(self, x, *args, **kwargs):
            y = own(self, x, *args, **kwargs)
            if isinstance(x, jt.Var) and isinstance(y, jt.Var) and tuple(x.shape) == tuple(y.shape):
                x.assign(y)
                return x
            return y

        through = type(cls.__name__, (cls,), {"execute": execute, "_writes_through": True,
                                               "__module__": cls.__module__, "__qualname__": cls.__qualname__})
        setattr(cls, "_writes_through_class", through)
    layer.__class__ = through
    return layer


def _leaky_relu_negative_slope(self):
    """nn.LeakyReLU's slope, PyTorch's `negative_slope` (Jittor's layer keeps the `scale` it was given)."""
    return self.args[0] if self.args else self.kw.get("scale", 0.01)


if not hasattr(jt.nn.Leaky_relu, "negative_slope"):
    jt.nn.Leaky_relu.negative_slope = property(_leaky_relu_negative_slope)
