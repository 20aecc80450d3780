"""Discrete distributions with PyTorch's formulas (torch/distributions/bernoulli.py, categorical.py,
poisson.py). Samples are float for Bernoulli and Poisson, int64 for Categorical, as in PyTorch."""
from __future__ import annotations

import math

import jittor as jt
import numpy as np

from ..ops.indexing import gather
from ..ops.pointwise import xlogy
from ..ops.reduction import logsumexp
from ..ops.special import lgamma
from .distribution import (
    _MIN, Distribution, _as_var, _broadcast_all, _draw_shape, _logits_to_probs, _probs_to_logits,
)


def _bce_with_logits(logits, target):
    return jt.maximum(logits, 0.0) - logits * target + jt.log(1 + jt.exp(-logits.abs()))


class Bernoulli(Distribution):
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
    has_enumerate_support = True

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


class Poisson(Distribution):
    def __init__(self, rate, validate_args=None):
        (self.rate,), batch = _broadcast_all(rate)
        super().__init__(batch, validate_args=validate_args)

    def expand(self, batch_shape, _instance=None):
        return self._expand_params(batch_shape, {"rate": 0})

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
