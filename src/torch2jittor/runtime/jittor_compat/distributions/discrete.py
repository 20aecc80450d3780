"""Discrete distributions with PyTorch's formulas (torch/distributions/bernoulli.py, categorical.py,
poisson.py, geometric.py, binomial.py, one_hot_categorical.py, multinomial.py, negative_binomial.py). Samples are float for
Bernoulli, Poisson, Geometric, Binomial, OneHotCategorical and Multinomial, int64 for Categorical, as in
PyTorch; Poisson, Binomial, NegativeBinomial and Multinomial draw in numpy, seeded from Jittor's generator."""
from __future__ import annotations

import math

import jittor as jt
import numpy as np

from ..ops.indexing import gather
from ..ops.pointwise import log1p, xlogy
from ..ops.reduction import logsumexp
from ..ops.special import lgamma
from . import constraints
from .distribution import (
    _MIN, Distribution, _Broadcast, _as_var, _broadcast_all, _draw_shape, _logits_to_probs, _probs_to_logits,
    _softplus,
)


def _bce_with_logits(logits, target):
    return jt.maximum(logits, 0.0) - logits * target + jt.log(1 + jt.exp(-logits.abs()))


class Bernoulli(Distribution):
    arg_constraints = {"probs": constraints.unit_interval, "logits": constraints.real}
    support = constraints.boolean
    has_enumerate_support = True

    def __init__(self, probs=None, logits=None, validate_args=None):
        if (probs is None) == (logits is None):
            raise ValueError("Either `probs` or `logits` must be specified, but not both.")
        if probs is not None:
            (self.probs,), batch = _broadcast_all(probs)
            self.logits = _probs_to_logits(self.probs, is_binary=True)
        else:
            (self.logits,), batch = _broadcast_all(logits)
            self.probs = _logits_to_probs(self.logits, is_binary=True)
        super().__init__(batch, validate_args=validate_args)

    def expand(self, batch_shape, _instance=None):
        return self._expand_params(batch_shape, {"probs": 0, "logits": 0})

    @property
    def param_shape(self):
        return tuple(self.probs.shape)

    @property
    def mean(self):
        return self.probs

    @property
    def mode(self):
        mode = (self.probs >= 0.5).astype(self.probs.dtype)
        return jt.ternary(self.probs == 0.5, jt.full_like(mode, math.nan), mode)

    @property
    def variance(self):
        return self.probs * (1 - self.probs)

    def sample(self, sample_shape=()):
        shape = _draw_shape(self._extended_shape(sample_shape))
        with jt.no_grad():
            return (jt.rand(shape, dtype=self.probs.dtype) < self.probs.broadcast(shape)).astype(self.probs.dtype)

    def log_prob(self, value):
        value = _as_var(value, str(self.logits.dtype))
        return -_bce_with_logits(self.logits, value)

    def entropy(self):
        return _bce_with_logits(self.logits, self.probs)

    def enumerate_support(self, expand=True):
        values = jt.array(np.array([0.0, 1.0], dtype=str(self.probs.dtype))).reshape((2,) + (1,) * len(self.batch_shape))
        return values.broadcast((2,) + self.batch_shape) if expand else values


class Categorical(Distribution):
    arg_constraints = {"probs": constraints.simplex, "logits": constraints.real_vector}
    has_enumerate_support = True

    @property
    def support(self):
        return constraints.integer_interval(0, self._num_events - 1)

    def __init__(self, probs=None, logits=None, validate_args=None):
        if (probs is None) == (logits is None):
            raise ValueError("Either `probs` or `logits` must be specified, but not both.")
        if probs is not None:
            probs = _as_var(probs)
            self.probs = probs / probs.sum(-1, keepdims=True)
            self.logits = _probs_to_logits(self.probs)
        else:
            logits = _as_var(logits)
            self.logits = logits - logsumexp(logits, -1, keepdim=True)
            self.probs = _logits_to_probs(self.logits)
        self._num_events = self.probs.shape[-1]
        super().__init__(tuple(self.probs.shape[:-1]), validate_args=validate_args)

    def expand(self, batch_shape, _instance=None):
        return self._expand_params(batch_shape, {"probs": 1, "logits": 1})

    @property
    def param_shape(self):
        return tuple(self.probs.shape)

    @property
    def mean(self):
        return jt.full(_draw_shape(self._extended_shape()), math.nan, self.probs.dtype)

    @property
    def mode(self):
        return jt.argmax(self.probs, -1)[0].int64()

    @property
    def variance(self):
        return jt.full(_draw_shape(self._extended_shape()), math.nan, self.probs.dtype)

    def sample(self, sample_shape=()):
        shape = self._extended_shape(sample_shape)
        with jt.no_grad():
            cdf = jt.cumsum(self.probs, -1)
            u = jt.rand(_draw_shape(shape) + (1,), dtype=self.probs.dtype)
            index = (cdf.broadcast(_draw_shape(shape) + (self._num_events,)) <= u).astype("int64").sum(-1)
            return index.minimum(self._num_events - 1).int64()

    def log_prob(self, value):
        value = value.int64() if isinstance(value, jt.Var) else jt.array(np.asarray(value, dtype="int64"))
        shape = tuple(np.broadcast_shapes(tuple(value.shape) + (1,), tuple(self.logits.shape)))
        index = value.unsqueeze(-1).broadcast(shape[:-1] + (1,))
        return gather(self.logits.broadcast(shape), -1, index).squeeze(-1)

    def entropy(self):
        logits = self.logits.clamp(min_v=_MIN.get(str(self.logits.dtype), _MIN["float32"]))
        return -(logits * self.probs).sum(-1)

    def enumerate_support(self, expand=True):
        values = jt.arange(self._num_events).int64().reshape((-1,) + (1,) * len(self.batch_shape))
        return values.broadcast((self._num_events,) + self.batch_shape) if expand else values


class Poisson(_Broadcast):
    arg_constraints = {"rate": constraints.nonnegative}
    support = constraints.nonnegative_integer
    _params = ("rate",)

    @property
    def mean(self):
        return self.rate

    @property
    def mode(self):
        return self.rate.floor()

    @property
    def variance(self):
        return self.rate

    def sample(self, sample_shape=()):
        shape = _draw_shape(self._extended_shape(sample_shape))
        rate = np.broadcast_to(self.rate.numpy(), shape)
        seed = int(jt.randint(0, 2 ** 31 - 1, (1,)).item())
        return jt.array(np.random.default_rng(seed).poisson(rate).astype(str(self.rate.dtype)))

    def log_prob(self, value):
        value = _as_var(value, str(self.rate.dtype))
        return xlogy(value, self.rate) - self.rate - lgamma(value + 1)


def _clamp_by_zero(x):
    return (x.clamp(min_v=0) + x - x.clamp(max_v=0)) / 2


def _probs_or_logits(probs, logits, is_binary):
    """PyTorch's probs/logits pair from the one given, broadcast as its parameters."""
    if (probs is None) == (logits is None):
        raise ValueError("Either `probs` or `logits` must be specified, but not both.")
    if probs is not None:
        (probs,), batch = _broadcast_all(probs)
        return probs, _probs_to_logits(probs, is_binary=is_binary), batch
    (logits,), batch = _broadcast_all(logits)
    return _logits_to_probs(logits, is_binary=is_binary), logits, batch


def _numpy_rng():
    """A numpy generator seeded from Jittor's (jt.set_global_seed makes the draws repeatable)."""
    return np.random.default_rng(int(jt.randint(0, 2 ** 31 - 1, (1,)).item()))


class Geometric(Distribution):
    """The number of failures before the first success (support 0, 1, 2, ...)."""
    arg_constraints = {"probs": constraints.unit_interval, "logits": constraints.real}
    support = constraints.nonnegative_integer

    def __init__(self, probs=None, logits=None, validate_args=None):
        self.probs, self.logits, batch = _probs_or_logits(probs, logits, True)
        super().__init__(batch, validate_args=validate_args)

    def expand(self, batch_shape, _instance=None):
        return self._expand_params(batch_shape, {"probs": 0, "logits": 0})

    @property
    def mean(self):
        return 1.0 / self.probs - 1.0

    @property
    def mode(self):
        return jt.zeros_like(self.probs)

    @property
    def variance(self):
        return (1.0 / self.probs - 1.0) / self.probs

    def sample(self, sample_shape=()):
        shape = _draw_shape(self._extended_shape(sample_shape))
        tiny = float(np.finfo(str(self.probs.dtype)).tiny)
        with jt.no_grad():
            u = jt.rand(shape, dtype=self.probs.dtype).clamp(min_v=tiny)
            return (jt.log(u) / log1p(-self.probs)).floor()

    def log_prob(self, value):
        value = _as_var(value, str(self.probs.dtype))
        shape = tuple(np.broadcast_shapes(tuple(value.shape), tuple(self.probs.shape)))
        probs, value = self.probs.broadcast(shape), value.broadcast(shape)
        probs = jt.ternary((probs == 1) & (value == 0), jt.zeros_like(probs), probs)  # 0 * log(0) is 0 here
        return value * log1p(-probs) + jt.log(self.probs)

    def entropy(self):
        return _bce_with_logits(self.logits, self.probs) / self.probs


class Binomial(Distribution):
    arg_constraints = {"total_count": constraints.nonnegative_integer, "probs": constraints.unit_interval, "logits": constraints.real}
    has_enumerate_support = True

    @property
    def support(self):
        return constraints.integer_interval(0, self.total_count)

    def __init__(self, total_count=1, probs=None, logits=None, validate_args=None):
        if (probs is None) == (logits is None):
            raise ValueError("Either `probs` or `logits` must be specified, but not both.")
        (total_count, given), batch = _broadcast_all(total_count, probs if logits is None else logits)
        self.total_count = total_count.astype(given.dtype)
        if logits is None:
            self.probs, self.logits = given, _probs_to_logits(given, is_binary=True)
        else:
            self.probs, self.logits = _logits_to_probs(given, is_binary=True), given
        super().__init__(batch, validate_args=validate_args)

    def expand(self, batch_shape, _instance=None):
        return self._expand_params(batch_shape, {"total_count": 0, "probs": 0, "logits": 0})

    @property
    def mean(self):
        return self.total_count * self.probs

    @property
    def mode(self):
        return ((self.total_count + 1) * self.probs).floor().minimum(self.total_count)

    @property
    def variance(self):
        return self.total_count * self.probs * (1 - self.probs)

    def sample(self, sample_shape=()):
        shape = _draw_shape(self._extended_shape(sample_shape))
        n = np.broadcast_to(self.total_count.numpy().astype(np.int64), shape)
        p = np.broadcast_to(self.probs.numpy().astype(np.float64), shape)
        return jt.array(_numpy_rng().binomial(n, p).astype(str(self.probs.dtype)))

    def log_prob(self, value):
        value = _as_var(value, str(self.probs.dtype))
        n, logits = self.total_count, self.logits
        normalize = n * _clamp_by_zero(logits) + n * log1p(jt.exp(-logits.abs())) - lgamma(n + 1)
        return value * logits - lgamma(value + 1) - lgamma(n - value + 1) - normalize

    def entropy(self):
        total = int(self.total_count.max().item())
        if int(self.total_count.min().item()) != total:
            raise NotImplementedError("Inhomogeneous total count not supported by `entropy`.")
        log_prob = self.log_prob(self.enumerate_support(False))
        return -(jt.exp(log_prob) * log_prob).sum(0)

    def enumerate_support(self, expand=True):
        total = int(self.total_count.max().item())
        if int(self.total_count.min().item()) != total:
            raise NotImplementedError("Inhomogeneous total count not supported by `enumerate_support`.")
        values = jt.arange(1 + total).astype(self.probs.dtype).reshape((-1,) + (1,) * len(self.batch_shape))
        return values.broadcast((1 + total,) + self.batch_shape) if expand else values


class OneHotCategorical(Distribution):
    arg_constraints = {"probs": constraints.simplex, "logits": constraints.real_vector}
    support = constraints.one_hot
    has_enumerate_support = True

    def __init__(self, probs=None, logits=None, validate_args=None):
        self._categorical = Categorical(probs, logits)
        super().__init__(self._categorical.batch_shape, (self._categorical.param_shape[-1],), validate_args)

    def expand(self, batch_shape, _instance=None):
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        new._categorical = self._categorical.expand(batch_shape)
        new._batch_shape = tuple(batch_shape)
        return new

    @property
    def probs(self):
        return self._categorical.probs

    @property
    def logits(self):
        return self._categorical.logits

    @property
    def param_shape(self):
        return self._categorical.param_shape

    @property
    def mean(self):
        return self.probs

    @property
    def mode(self):
        return _one_hot(self._categorical.mode, self.probs.shape[-1], self.probs.dtype)

    @property
    def variance(self):
        return self.probs * (1 - self.probs)

    def sample(self, sample_shape=()):
        return _one_hot(self._categorical.sample(sample_shape), self.probs.shape[-1], self.probs.dtype)

    def log_prob(self, value):
        return self._categorical.log_prob(jt.argmax(value, -1)[0].int64())

    def entropy(self):
        return self._categorical.entropy()

    def enumerate_support(self, expand=True):
        n = self.event_shape[0]
        values = jt.init.eye(n, self.probs.dtype).reshape((n,) + (1,) * len(self.batch_shape) + (n,))
        return values.broadcast((n,) + self.batch_shape + (n,)) if expand else values


def _one_hot(index, n, dtype):
    return (index.unsqueeze(-1) == jt.arange(n).int64()).astype(dtype)


class Multinomial(Distribution):
    arg_constraints = {"probs": constraints.simplex, "logits": constraints.real_vector}
    @property
    def support(self):
        return constraints.multinomial(self.total_count)

    def __init__(self, total_count=1, probs=None, logits=None, validate_args=None):
        if not isinstance(total_count, int):
            raise NotImplementedError("inhomogeneous total_count is not supported")
        self.total_count = total_count
        self._categorical = Categorical(probs=probs, logits=logits)
        self._binomial = Binomial(total_count=total_count, probs=self._categorical.probs)
        super().__init__(self._categorical.batch_shape, (self._categorical.param_shape[-1],), validate_args)

    def expand(self, batch_shape, _instance=None):
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        new._categorical = self._categorical.expand(batch_shape)
        new._batch_shape = tuple(batch_shape)
        return new

    @property
    def probs(self):
        return self._categorical.probs

    @property
    def logits(self):
        return self._categorical.logits

    @property
    def param_shape(self):
        return self._categorical.param_shape

    @property
    def mean(self):
        return self.probs * self.total_count

    @property
    def variance(self):
        return self.total_count * self.probs * (1 - self.probs)

    def sample(self, sample_shape=()):
        shape = self._extended_shape(sample_shape)
        probs = self.probs.numpy().astype(np.float64)
        probs = probs / probs.sum(-1, keepdims=True)
        counts = _numpy_rng().multinomial(self.total_count, np.broadcast_to(probs, shape))
        return jt.array(counts.reshape(_draw_shape(shape)).astype(str(self.probs.dtype)))

    def log_prob(self, value):
        value = _as_var(value, str(self.logits.dtype))
        shape = tuple(np.broadcast_shapes(tuple(value.shape), tuple(self.logits.shape)))
        logits, value = self.logits.broadcast(shape), value.broadcast(shape)
        logits = jt.ternary((value == 0) & (logits == -math.inf), jt.zeros_like(logits), logits)
        return lgamma(value.sum(-1) + 1) - lgamma(value + 1).sum(-1) + (logits * value).sum(-1)

    def entropy(self):
        n = float(self.total_count)
        term1 = n * self._categorical.entropy() - math.lgamma(n + 1)
        support = self._binomial.enumerate_support(expand=False)[1:]
        binomial_probs = jt.exp(self._binomial.log_prob(support))
        term2 = (binomial_probs * lgamma(support + 1)).sum(0).sum(-1)
        return term1 + term2


class NegativeBinomial(Distribution):
    """The number of successes before total_count failures, each trial a success with probability probs."""
    arg_constraints = {"total_count": constraints.greater_than_eq(0), "probs": constraints.half_open_interval(0.0, 1.0), "logits": constraints.real}
    support = constraints.nonnegative_integer

    def __init__(self, total_count, probs=None, logits=None, validate_args=None):
        if (probs is None) == (logits is None):
            raise ValueError("Either `probs` or `logits` must be specified, but not both.")
        (total_count, given), batch = _broadcast_all(total_count, probs if logits is None else logits)
        self.total_count = total_count.astype(given.dtype)
        if logits is None:
            self.probs, self.logits = given, _probs_to_logits(given, is_binary=True)
        else:
            self.probs, self.logits = _logits_to_probs(given, is_binary=True), given
        super().__init__(batch, validate_args=validate_args)

    def expand(self, batch_shape, _instance=None):
        return self._expand_params(batch_shape, {"total_count": 0, "probs": 0, "logits": 0})

    @property
    def mean(self):
        return self.total_count * jt.exp(self.logits)

    @property
    def mode(self):
        return ((self.total_count - 1) * jt.exp(self.logits)).floor().clamp(min_v=0.0)

    @property
    def variance(self):
        return self.mean / jt.sigmoid(-self.logits)

    def sample(self, sample_shape=()):
        shape = _draw_shape(self._extended_shape(sample_shape))
        n = np.broadcast_to(self.total_count.numpy().astype(np.float64), shape)
        p = np.broadcast_to(self.probs.numpy().astype(np.float64), shape)
        # numpy counts failures before n successes of probability p: PyTorch's successes are its failures
        return jt.array(_numpy_rng().negative_binomial(n, 1 - p).astype(str(self.probs.dtype)))

    def log_prob(self, value):
        value = _as_var(value, str(self.logits.dtype))
        n = self.total_count
        unnormalized = n * -_softplus(self.logits) + value * -_softplus(-self.logits)
        normalization = -lgamma(n + value) + lgamma(1 + value) + lgamma(n)
        normalization = jt.ternary(n + value == 0, jt.zeros_like(normalization), normalization)
        return unnormalized - normalization


class OneHotCategoricalStraightThrough(OneHotCategorical):
    """rsample: the one-hot draw, with the gradient of probs (straight-through)."""

    has_rsample = True

    def rsample(self, sample_shape=()):
        samples = self.sample(sample_shape)
        probs = self.probs
        return samples + (probs - probs.detach())
