"""torch.distributions.Distribution (torch/distributions/distribution.py) and the helpers its
subclasses share: parameters broadcast together, PyTorch's probability/logit conversions."""
from __future__ import annotations


import functools

import jittor as jt
import numpy as np

from .._zero_dim import is_0d, mark

_EPS = {"float32": float(np.finfo(np.float32).eps), "float64": float(np.finfo(np.float64).eps)}
_MIN = {"float32": float(np.finfo(np.float32).min), "float64": float(np.finfo(np.float64).min)}


def _float_dtype(values):
    return "float64" if any(isinstance(v, jt.Var) and str(v.dtype) == "float64" for v in values) else "float32"


def _as_var(value, dtype="float32"):
    if isinstance(value, jt.Var):
        return value if value.dtype.is_float() else value.astype(dtype)
    return jt.array(np.asarray(value, dtype=dtype))


def _broadcast_all(*values):
    """PyTorch's _broadcast_all: Vars broadcast to one shape, numbers filled in at the Vars' float
    dtype. Returns (vars, batch shape). A Var marked 0-dim (_zero_dim.mark) counts as shape (); when
    every value is a number or such a Var the batch shape is () (PyTorch's 0-dim parameters), the
    Vars have Jittor's one element and carry the 0-dim mark, so what is computed from them does."""
    dtype = _float_dtype(values)
    shapes = [() if is_0d(v) else tuple(v.shape) for v in values if isinstance(v, jt.Var)]
    shape = tuple(np.broadcast_shapes(*shapes)) if shapes else ()
    if not shape:
        out = [_as_var(v, dtype).reshape((1,)) if isinstance(v, jt.Var) else jt.array(np.full((1,), v, dtype=dtype))
               for v in values]
        return [mark(v) for v in out], ()
    out = [_as_var(v, dtype).broadcast(shape) if isinstance(v, jt.Var) else jt.full(shape, v, dtype)
           for v in values]
    return out, shape


def _draw_shape(shape):
    """Jittor has no 0-dim Var: an empty shape draws one element."""
    return tuple(shape) or (1,)


def _clamp_probs(probs):
    eps = _EPS.get(str(probs.dtype), _EPS["float32"])
    return probs.clamp(eps, 1 - eps)


def _probs_to_logits(probs, is_binary=False):
    ps = _clamp_probs(probs)
    return jt.log(ps) - jt.log(1 - ps) if is_binary else jt.log(ps)


def _logits_to_probs(logits, is_binary=False):
    return jt.sigmoid(logits) if is_binary else jt.nn.softmax(logits, dim=-1)


def _softplus(x):
    return jt.maximum(x, 0.0) + jt.log(1 + jt.exp(-x.abs()))


def _sum_rightmost(value, dim):
    return value if dim == 0 else value.reshape(tuple(value.shape[:-dim]) + (-1,)).sum(-1)


def _zero_dim_draw(method):
    """A draw of shape () (Jittor's one element) marked 0-dim, as PyTorch's is."""
    @functools.wraps(method)
    def draw(self, sample_shape=(), *args, **kwargs):
        out = method(self, sample_shape, *args, **kwargs)
        return mark(out) if not self._extended_shape(sample_shape) else out
    return draw


class Distribution:
    """The base class: batch/event shapes, sample through rsample, stddev from variance."""

    has_rsample = False
    has_enumerate_support = False
    arg_constraints = {}
    support = None
    _validate_args = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for name in ("sample", "rsample"):
            if name in cls.__dict__:
                setattr(cls, name, _zero_dim_draw(cls.__dict__[name]))

    def __init__(self, batch_shape=(), event_shape=(), validate_args=None):
        self._batch_shape = tuple(batch_shape)
        self._event_shape = tuple(event_shape)
        if validate_args is not None:
            self._validate_args = bool(validate_args)
        if self._validate_args:
            self._check_parameters()

    def _check_parameters(self):
        """PyTorch's validation: each parameter set on the instance satisfies its constraint, else
        ValueError."""
        from .constraints import is_dependent

        for name, constraint in self.arg_constraints.items():
            if is_dependent(constraint) or name not in self.__dict__ or not isinstance(self.__dict__[name], jt.Var):
                continue
            value = self.__dict__[name]
            if not bool(constraint.check(value).all().item()):
                raise ValueError(f"Expected parameter {name} ({type(value).__name__} of shape {tuple(value.shape)}) "
                                 f"of distribution {self!r} to satisfy the constraint {constraint!r}, but found "
                                 f"invalid values:\n{value.numpy()}")

    @staticmethod
    def set_default_validate_args(value):
        Distribution._validate_args = bool(value)

    @property
    def batch_shape(self):
        return self._batch_shape

    @property
    def event_shape(self):
        return self._event_shape

    def _extended_shape(self, sample_shape=()):
        if isinstance(sample_shape, int):
            sample_shape = (sample_shape,)
        return tuple(sample_shape) + self._batch_shape + self._event_shape

    def expand(self, batch_shape, _instance=None):
        raise NotImplementedError

    @property
    def mean(self):
        raise NotImplementedError

    @property
    def mode(self):
        raise NotImplementedError

    @property
    def variance(self):
        raise NotImplementedError

    @property
    def stddev(self):
        return self.variance.sqrt()

    def sample(self, sample_shape=()):
        with jt.no_grad():
            return self.rsample(sample_shape).detach()

    def rsample(self, sample_shape=()):
        raise NotImplementedError

    def sample_n(self, n):
        return self.sample((n,))

    def log_prob(self, value):
        raise NotImplementedError

    def cdf(self, value):
        raise NotImplementedError

    def icdf(self, value):
        raise NotImplementedError

    def entropy(self):
        raise NotImplementedError

    def perplexity(self):
        return jt.exp(self.entropy())

    def _expand_params(self, batch_shape, params):
        """A copy of this distribution with its parameters ({attribute: its own number of
        trailing dims}) broadcast to batch_shape."""
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        shape = tuple(batch_shape)
        for name, ndim in params.items():
            value = self.__dict__[name]
            trailing = tuple(value.shape[len(value.shape) - ndim:]) if ndim else ()
            new.__dict__[name] = value.broadcast(_draw_shape(shape + trailing))
        new._batch_shape = shape
        return new

    def __repr__(self):
        return f"{type(self).__name__}()"


class _Broadcast(Distribution):
    """A distribution whose parameters, named in `_params` (PyTorch's order), are broadcast together as
    PyTorch's broadcast_all does; its batch shape is theirs and expand() broadcasts each of them."""

    _params = ()

    def __init__(self, *args, validate_args=None, **kwargs):
        values = list(args[:len(self._params)])
        if len(args) > len(self._params):  # PyTorch's validate_args taken by position
            validate_args = args[len(self._params)]
        for name in self._params[len(values):]:
            if name not in kwargs:
                raise TypeError(f"{type(self).__name__}() missing required argument: '{name}'")
            values.append(kwargs.pop(name))
        if kwargs:
            raise TypeError(f"{type(self).__name__}() got an unexpected keyword argument '{next(iter(kwargs))}'")
        broadcast, batch = _broadcast_all(*values)
        for name, value in zip(self._params, broadcast):
            setattr(self, name, value)
        super().__init__(batch, validate_args=validate_args)

    def expand(self, batch_shape, _instance=None):
        return self._expand_params(batch_shape, dict.fromkeys(self._params, 0))


class ExponentialFamily(Distribution):
    """The base of exponential-family distributions: subclasses give _natural_params, _log_normalizer and
    _mean_carrier_measure, as in PyTorch."""

    @property
    def _natural_params(self):
        raise NotImplementedError

    def _log_normalizer(self, *natural_params):
        raise NotImplementedError

    @property
    def _mean_carrier_measure(self):
        raise NotImplementedError
