"""Continuous distributions with PyTorch's formulas (torch/distributions/normal.py, log_normal.py,
uniform.py, exponential.py, laplace.py, gamma.py, beta.py, half_normal.py, cauchy.py, gumbel.py).

Draws come from Jittor's generator (jt.randn, jt.rand): they differ from PyTorch's by nature.
Gamma and Beta draw in numpy (no gradient through rsample, CPU), as Jittor has no gamma sampler."""
from __future__ import annotations

import math

import jittor as jt
import numpy as np

from ..ops.special import digamma, gammainc, lgamma
from ..ops.pointwise import xlogy
from .distribution import Distribution, _broadcast_all, _draw_shape


def _erf(x):
    return jt.erf(x)


class Normal(Distribution):
    has_rsample = True

    def __init__(self, loc, scale, validate_args=None):
        (self.loc, self.scale), batch = _broadcast_all(loc, scale)
        super().__init__(batch, validate_args=validate_args)

    def expand(self, batch_shape, _instance=None):
        return self._expand_params(batch_shape, {"loc": 0, "scale": 0})

    @property
    def mean(self):
        return self.loc

    @property
    def mode(self):
        return self.loc

    @property
    def stddev(self):
        return self.scale

    @property
    def variance(self):
        return self.scale ** 2

    def rsample(self, sample_shape=()):
        shape = _draw_shape(self._extended_shape(sample_shape))
        return self.loc + jt.randn(shape, dtype=self.loc.dtype) * self.scale

    def log_prob(self, value):
        var = self.scale ** 2
        return -((value - self.loc) ** 2) / (2 * var) - jt.log(self.scale) - math.log(math.sqrt(2 * math.pi))

    def cdf(self, value):
        return 0.5 * (1 + _erf((value - self.loc) / self.scale / math.sqrt(2)))

    def icdf(self, value):
        return self.loc + self.scale * jt.erfinv(2 * value - 1) * math.sqrt(2)

    def entropy(self):
        return 0.5 + 0.5 * math.log(2 * math.pi) + jt.log(self.scale)


class LogNormal(Distribution):
    """exp of a Normal(loc, scale) (PyTorch: a TransformedDistribution with ExpTransform)."""

    has_rsample = True

    def __init__(self, loc, scale, validate_args=None):
        self.base_dist = Normal(loc, scale)
        super().__init__(self.base_dist.batch_shape, validate_args=validate_args)

    def expand(self, batch_shape, _instance=None):
        new = object.__new__(LogNormal)
        new.__dict__.update(self.__dict__)
        new.base_dist = self.base_dist.expand(batch_shape)
        new._batch_shape = tuple(batch_shape)
        return new

    @property
    def loc(self):
        return self.base_dist.loc

    @property
    def scale(self):
        return self.base_dist.scale

    @property
    def mean(self):
        return jt.exp(self.loc + self.scale ** 2 / 2)

    @property
    def mode(self):
        return jt.exp(self.loc - self.scale ** 2)

    @property
    def variance(self):
        s2 = self.scale ** 2
        return (jt.exp(s2) - 1) * jt.exp(2 * self.loc + s2)

    def rsample(self, sample_shape=()):
        return jt.exp(self.base_dist.rsample(sample_shape))

    def log_prob(self, value):
        y = jt.log(value)
        return self.base_dist.log_prob(y) - y

    def cdf(self, value):
        return self.base_dist.cdf(jt.log(value))

    def icdf(self, value):
        return jt.exp(self.base_dist.icdf(value))

    def entropy(self):
        return self.base_dist.entropy() + self.loc


class HalfNormal(Distribution):
    """|X| for X ~ Normal(0, scale)."""

    has_rsample = True

    def __init__(self, scale, validate_args=None):
        self.base_dist = Normal(0.0, scale) if isinstance(scale, jt.Var) else Normal(0.0, float(scale))
        (self.scale,), batch = _broadcast_all(scale)
        super().__init__(batch, validate_args=validate_args)

    @property
    def mean(self):
        return self.scale * math.sqrt(2 / math.pi)

    @property
    def mode(self):
        return jt.zeros_like(self.scale)

    @property
    def variance(self):
        return self.scale ** 2 * (1 - 2 / math.pi)

    def rsample(self, sample_shape=()):
        return self.base_dist.rsample(sample_shape).abs()

    def log_prob(self, value):
        lp = self.base_dist.log_prob(value) + math.log(2)
        return jt.ternary(value >= 0, lp, jt.full_like(lp, -math.inf))

    def cdf(self, value):
        return 2 * self.base_dist.cdf(value) - 1

    def icdf(self, prob):
        return self.base_dist.icdf((prob + 1) / 2)

    def entropy(self):
        return self.base_dist.entropy() - math.log(2)


class Uniform(Distribution):
    has_rsample = True

    def __init__(self, low, high, validate_args=None):
        (self.low, self.high), batch = _broadcast_all(low, high)
        super().__init__(batch, validate_args=validate_args)

    def expand(self, batch_shape, _instance=None):
        return self._expand_params(batch_shape, {"low": 0, "high": 0})

    @property
    def mean(self):
        return (self.high + self.low) / 2

    @property
    def mode(self):
        return jt.full_like(self.high, math.nan)

    @property
    def stddev(self):
        return (self.high - self.low) / 12 ** 0.5

    @property
    def variance(self):
        return (self.high - self.low) ** 2 / 12

    def rsample(self, sample_shape=()):
        shape = _draw_shape(self._extended_shape(sample_shape))
        return self.low + jt.rand(shape, dtype=self.low.dtype) * (self.high - self.low)

    def log_prob(self, value):
        inside = ((self.low <= value) & (self.high > value)).astype(self.low.dtype)
        return jt.log(inside) - jt.log(self.high - self.low)

    def cdf(self, value):
        return ((value - self.low) / (self.high - self.low)).clamp(0, 1)

    def icdf(self, value):
        return value * (self.high - self.low) + self.low

    def entropy(self):
        return jt.log(self.high - self.low)


class Exponential(Distribution):
    has_rsample = True

    def __init__(self, rate, validate_args=None):
        (self.rate,), batch = _broadcast_all(rate)
        super().__init__(batch, validate_args=validate_args)

    def expand(self, batch_shape, _instance=None):
        return self._expand_params(batch_shape, {"rate": 0})

    @property
    def mean(self):
        return 1 / self.rate

    @property
    def mode(self):
        return jt.zeros_like(self.rate)

    @property
    def stddev(self):
        return 1 / self.rate

    @property
    def variance(self):
        return self.rate ** -2

    def rsample(self, sample_shape=()):
        shape = _draw_shape(self._extended_shape(sample_shape))
        u = jt.rand(shape, dtype=self.rate.dtype)
        return -jt.log(1 - u) / self.rate

    def log_prob(self, value):
        return jt.log(self.rate) - self.rate * value

    def cdf(self, value):
        return 1 - jt.exp(-self.rate * value)

    def icdf(self, value):
        return -jt.log(1 - value) / self.rate

    def entropy(self):
        return 1.0 - jt.log(self.rate)


class Laplace(Distribution):
    has_rsample = True

    def __init__(self, loc, scale, validate_args=None):
        (self.loc, self.scale), batch = _broadcast_all(loc, scale)
        super().__init__(batch, validate_args=validate_args)

    def expand(self, batch_shape, _instance=None):
        return self._expand_params(batch_shape, {"loc": 0, "scale": 0})

    @property
    def mean(self):
        return self.loc

    @property
    def mode(self):
        return self.loc

    @property
    def variance(self):
        return 2 * self.scale ** 2

    @property
    def stddev(self):
        return math.sqrt(2) * self.scale

    def rsample(self, sample_shape=()):
        shape = _draw_shape(self._extended_shape(sample_shape))
        eps = float(np.finfo(str(self.loc.dtype)).eps)
        u = jt.rand(shape, dtype=self.loc.dtype) * (2 - eps) + (eps - 1)
        return self.loc - self.scale * u.sign() * jt.log(1 - u.abs())

    def log_prob(self, value):
        return -jt.log(2 * self.scale) - (value - self.loc).abs() / self.scale

    def cdf(self, value):
        d = value - self.loc
        return 0.5 - 0.5 * d.sign() * (jt.exp(-d.abs() / self.scale) - 1)

    def icdf(self, value):
        term = value - 0.5
        return self.loc - self.scale * term.sign() * jt.log(1 - 2 * term.abs())

    def entropy(self):
        return 1 + jt.log(2 * self.scale)


class Cauchy(Distribution):
    has_rsample = True

    def __init__(self, loc, scale, validate_args=None):
        (self.loc, self.scale), batch = _broadcast_all(loc, scale)
        super().__init__(batch, validate_args=validate_args)

    def expand(self, batch_shape, _instance=None):
        return self._expand_params(batch_shape, {"loc": 0, "scale": 0})

    @property
    def mean(self):
        return jt.full_like(self.loc, math.nan)

    @property
    def mode(self):
        return self.loc

    @property
    def variance(self):
        return jt.full_like(self.loc, math.inf)

    def rsample(self, sample_shape=()):
        shape = _draw_shape(self._extended_shape(sample_shape))
        u = jt.rand(shape, dtype=self.loc.dtype)
        return self.loc + self.scale * jt.tan(math.pi * (u - 0.5))

    def log_prob(self, value):
        return -math.log(math.pi) - jt.log(self.scale) - jt.log(1 + ((value - self.loc) / self.scale) ** 2)

    def cdf(self, value):
        return jt.atan((value - self.loc) / self.scale) / math.pi + 0.5

    def icdf(self, value):
        return jt.tan(math.pi * (value - 0.5)) * self.scale + self.loc

    def entropy(self):
        return math.log(4 * math.pi) + jt.log(self.scale)


def _numpy_draw(draw, shape, dtype):
    """A numpy draw seeded from Jittor's generator (jt.set_global_seed makes it repeatable)."""
    seed = int(jt.randint(0, 2 ** 31 - 1, (1,)).item())
    return jt.array(draw(np.random.default_rng(seed)).reshape(shape).astype(dtype))


class Gamma(Distribution):
    has_rsample = True

    def __init__(self, concentration, rate, validate_args=None):
        (self.concentration, self.rate), batch = _broadcast_all(concentration, rate)
        super().__init__(batch, validate_args=validate_args)

    def expand(self, batch_shape, _instance=None):
        return self._expand_params(batch_shape, {"concentration": 0, "rate": 0})

    @property
    def mean(self):
        return self.concentration / self.rate

    @property
    def mode(self):
        return ((self.concentration - 1) / self.rate).clamp(min_v=0)

    @property
    def variance(self):
        return self.concentration / self.rate ** 2

    def rsample(self, sample_shape=()):
        shape = _draw_shape(self._extended_shape(sample_shape))
        conc = np.broadcast_to(self.concentration.numpy(), shape)
        x = _numpy_draw(lambda rng: rng.standard_gamma(conc), shape, str(self.rate.dtype))
        return (x / self.rate).clamp(min_v=float(np.finfo(str(self.rate.dtype)).tiny))

    def log_prob(self, value):
        c, r = self.concentration, self.rate
        return xlogy(c, r) + xlogy(c - 1, value) - r * value - lgamma(c)

    def cdf(self, value):
        return gammainc(self.concentration, self.rate * value)

    def entropy(self):
        c = self.concentration
        return c - jt.log(self.rate) + lgamma(c) + (1.0 - c) * digamma(c)


class Beta(Distribution):
    has_rsample = True

    def __init__(self, concentration1, concentration0, validate_args=None):
        (self.concentration1, self.concentration0), batch = _broadcast_all(concentration1, concentration0)
        super().__init__(batch, validate_args=validate_args)

    def expand(self, batch_shape, _instance=None):
        return self._expand_params(batch_shape, {"concentration1": 0, "concentration0": 0})

    @property
    def mean(self):
        return self.concentration1 / (self.concentration1 + self.concentration0)

    @property
    def mode(self):
        # PyTorch's Dirichlet mode: concentrations below 1 count as 1; both below 1 gives 1 (its
        # one-hot of the argmax of 0/0 picks the first component)
        a = (self.concentration1 - 1).clamp(min_v=0)
        b = (self.concentration0 - 1).clamp(min_v=0)
        both_below = (self.concentration1 < 1) & (self.concentration0 < 1)
        return jt.ternary(both_below, jt.ones_like(a), a / (a + b))

    @property
    def variance(self):
        total = self.concentration1 + self.concentration0
        return self.concentration1 * self.concentration0 / (total ** 2 * (total + 1))

    def rsample(self, sample_shape=()):
        shape = _draw_shape(self._extended_shape(sample_shape))
        a = np.broadcast_to(self.concentration1.numpy(), shape)
        b = np.broadcast_to(self.concentration0.numpy(), shape)
        return _numpy_draw(lambda rng: rng.beta(a, b), shape, str(self.concentration1.dtype))

    def log_prob(self, value):
        a, b = self.concentration1, self.concentration0
        return xlogy(a - 1, value) + xlogy(b - 1, 1 - value) + lgamma(a + b) - lgamma(a) - lgamma(b)

    def entropy(self):
        a, b = self.concentration1, self.concentration0
        a0 = a + b
        return (lgamma(a) + lgamma(b) - lgamma(a0) - (2 - a0) * digamma(a0)
                - (a - 1) * digamma(a) - (b - 1) * digamma(b))

    @property
    def concentration(self):
        return jt.stack([self.concentration1, self.concentration0], -1)
