"""Continuous distributions with PyTorch's formulas (torch/distributions/normal.py, log_normal.py,
uniform.py, exponential.py, laplace.py, gamma.py, beta.py, half_normal.py, cauchy.py, gumbel.py, half_cauchy.py,
chi2.py, studentT.py, pareto.py, weibull.py, inverse_gamma.py, fishersnedecor.py, kumaraswamy.py, von_mises.py).

Draws come from Jittor's generator (jt.randn, jt.rand): they differ from PyTorch's by nature.
Gamma, Beta and what derives from a Gamma draw (Chi2, StudentT, InverseGamma, FisherSnedecor), and VonMises,
draw in numpy (no gradient through rsample, CPU), as Jittor has no gamma sampler."""
from __future__ import annotations

import math

import jittor as jt
import numpy as np

from ..ops.special import digamma, gammainc, lgamma
from ..ops.pointwise import log1p, xlogy
from . import constraints
from .distribution import Distribution, _Broadcast, _broadcast_all, _draw_shape


def _erf(x):
    return jt.erf(x)


class Normal(_Broadcast):
    arg_constraints = {"loc": constraints.real, "scale": constraints.positive}
    support = constraints.real
    has_rsample = True
    _params = ("loc", "scale")

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
    arg_constraints = {"loc": constraints.real, "scale": constraints.positive}
    support = constraints.positive

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
    arg_constraints = {"scale": constraints.positive}
    support = constraints.nonnegative

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


class Uniform(_Broadcast):
    arg_constraints = {"low": constraints.dependent, "high": constraints.dependent}
    has_rsample = True
    _params = ("low", "high")

    def _check_parameters(self):
        if not bool((self.low < self.high).all().item()):
            raise ValueError("Uniform is not defined when low>= high")

    @property
    def support(self):
        return constraints.interval(self.low, self.high)

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


class Exponential(_Broadcast):
    arg_constraints = {"rate": constraints.positive}
    support = constraints.nonnegative
    has_rsample = True
    _params = ("rate",)

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


class Laplace(_Broadcast):
    arg_constraints = {"loc": constraints.real, "scale": constraints.positive}
    support = constraints.real
    has_rsample = True
    _params = ("loc", "scale")

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


class Cauchy(_Broadcast):
    arg_constraints = {"loc": constraints.real, "scale": constraints.positive}
    support = constraints.real
    has_rsample = True
    _params = ("loc", "scale")

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


class Gamma(_Broadcast):
    arg_constraints = {"concentration": constraints.positive, "rate": constraints.positive}
    support = constraints.nonnegative
    has_rsample = True
    _params = ("concentration", "rate")

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


class Beta(_Broadcast):
    arg_constraints = {"concentration1": constraints.positive, "concentration0": constraints.positive}
    support = constraints.unit_interval
    has_rsample = True
    _params = ("concentration1", "concentration0")

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


_EULER_GAMMA = 0.57721566490153286060


class Gumbel(_Broadcast):
    arg_constraints = {"loc": constraints.real, "scale": constraints.positive}
    support = constraints.real
    has_rsample = True
    _params = ("loc", "scale")

    @property
    def mean(self):
        return self.loc + self.scale * _EULER_GAMMA

    @property
    def mode(self):
        return self.loc

    @property
    def stddev(self):
        return (math.pi / math.sqrt(6)) * self.scale

    @property
    def variance(self):
        return self.stddev ** 2

    def rsample(self, sample_shape=()):
        # PyTorch: Uniform(tiny, 1 - eps) through -log(-log(u)), scaled
        shape = _draw_shape(self._extended_shape(sample_shape))
        info = np.finfo(str(self.loc.dtype))
        u = jt.rand(shape, dtype=self.loc.dtype) * (1 - float(info.eps) - float(info.tiny)) + float(info.tiny)
        return self.loc - self.scale * jt.log(-jt.log(u))

    def log_prob(self, value):
        z = (self.loc - value) / self.scale
        return (z - jt.exp(z)) - jt.log(self.scale)

    def cdf(self, value):
        return jt.exp(-jt.exp(-(value - self.loc) / self.scale))

    def icdf(self, value):
        return self.loc - self.scale * jt.log(-jt.log(value))

    def entropy(self):
        return jt.log(self.scale) + (1 + _EULER_GAMMA)


class HalfCauchy(Distribution):
    """|X| for X ~ Cauchy(0, scale)."""
    arg_constraints = {"scale": constraints.positive}
    support = constraints.nonnegative

    has_rsample = True

    def __init__(self, scale, validate_args=None):
        self.base_dist = Cauchy(0.0, scale) if isinstance(scale, jt.Var) else Cauchy(0.0, float(scale))
        (self.scale,), batch = _broadcast_all(scale)
        super().__init__(batch, validate_args=validate_args)

    def expand(self, batch_shape, _instance=None):
        new = self._expand_params(batch_shape, {"scale": 0})
        new.base_dist = self.base_dist.expand(batch_shape)
        return new

    @property
    def mean(self):
        return jt.full_like(self.scale, math.inf)

    @property
    def mode(self):
        return jt.zeros_like(self.scale)

    @property
    def variance(self):
        return jt.full_like(self.scale, math.inf)

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


class Chi2(Gamma):
    """Gamma(df / 2, 1 / 2)."""
    arg_constraints = {"df": constraints.positive}

    def __init__(self, df, validate_args=None):
        half = 0.5 * (df if isinstance(df, jt.Var) else float(df))
        super().__init__(half, 0.5, validate_args=validate_args)

    @property
    def df(self):
        return self.concentration * 2


class StudentT(_Broadcast):
    arg_constraints = {"df": constraints.positive, "loc": constraints.real, "scale": constraints.positive}
    support = constraints.real
    has_rsample = True
    _params = ("df", "loc", "scale")

    def __init__(self, df, loc=0.0, scale=1.0, validate_args=None):
        super().__init__(df, loc, scale, validate_args=validate_args)

    @property
    def mean(self):
        return jt.ternary(self.df <= 1, jt.full_like(self.loc, math.nan), self.loc)

    @property
    def mode(self):
        return self.loc

    @property
    def variance(self):
        df = self.df
        var = self.scale ** 2 * df / (df - 2)
        var = jt.ternary(df <= 2, jt.full_like(var, math.inf), var)
        return jt.ternary(df <= 1, jt.full_like(var, math.nan), var)

    def rsample(self, sample_shape=()):
        # PyTorch: X ~ Normal(0, 1), Z ~ Chi2(df), loc + scale * X / sqrt(Z / df); Z is drawn in numpy
        shape = _draw_shape(self._extended_shape(sample_shape))
        x = jt.randn(shape, dtype=self.df.dtype)
        z = Chi2(self.df).rsample(sample_shape).reshape(shape)
        return self.loc + self.scale * x * (z / self.df).sqrt().reciprocal()

    def log_prob(self, value):
        y = (value - self.loc) / self.scale
        z = (jt.log(self.scale) + 0.5 * jt.log(self.df) + 0.5 * math.log(math.pi) + lgamma(0.5 * self.df)
             - lgamma(0.5 * (self.df + 1.0)))
        return -0.5 * (self.df + 1.0) * jt.log(1 + y ** 2 / self.df) - z

    def entropy(self):
        lbeta = lgamma(0.5 * self.df) + math.lgamma(0.5) - lgamma(0.5 * (self.df + 1))
        return (jt.log(self.scale) + 0.5 * (self.df + 1) * (digamma(0.5 * (self.df + 1)) - digamma(0.5 * self.df))
                + 0.5 * jt.log(self.df) + lbeta)


class Pareto(_Broadcast):
    arg_constraints = {"alpha": constraints.positive, "scale": constraints.positive}
    has_rsample = True
    _params = ("scale", "alpha")

    @property
    def support(self):
        return constraints.greater_than_eq(self.scale)

    @property
    def mean(self):
        a = self.alpha.clamp(min_v=1)
        return jt.ternary(self.alpha <= 1, jt.full_like(a, math.inf), a * self.scale / (a - 1))

    @property
    def mode(self):
        return self.scale

    @property
    def variance(self):
        a = self.alpha.clamp(min_v=2)
        var = self.scale ** 2 * a / ((a - 1) ** 2 * (a - 2))
        return jt.ternary(self.alpha <= 2, jt.full_like(var, math.inf), var)

    def rsample(self, sample_shape=()):
        shape = _draw_shape(self._extended_shape(sample_shape))
        e = -jt.log(1 - jt.rand(shape, dtype=self.scale.dtype)) / self.alpha
        return self.scale * jt.exp(e)

    def log_prob(self, value):
        return jt.log(self.alpha) + self.alpha * jt.log(self.scale) - (self.alpha + 1) * jt.log(value)

    def cdf(self, value):
        return 1 - jt.exp(-self.alpha * jt.log(value / self.scale))

    def icdf(self, value):
        return self.scale * jt.exp(-jt.log(1 - value) / self.alpha)

    def entropy(self):
        return jt.log(self.scale / self.alpha) + (1 + 1 / self.alpha)


class Weibull(_Broadcast):
    arg_constraints = {"scale": constraints.positive, "concentration": constraints.positive}
    support = constraints.positive
    has_rsample = True
    _params = ("scale", "concentration")

    @property
    def mean(self):
        return self.scale * jt.exp(lgamma(1 + 1 / self.concentration))

    @property
    def mode(self):
        k = self.concentration
        return self.scale * ((k - 1) / k) ** (1 / k)

    @property
    def variance(self):
        k = self.concentration
        return self.scale ** 2 * (jt.exp(lgamma(1 + 2 / k)) - jt.exp(2 * lgamma(1 + 1 / k)))

    def rsample(self, sample_shape=()):
        shape = _draw_shape(self._extended_shape(sample_shape))
        e = -jt.log(1 - jt.rand(shape, dtype=self.scale.dtype))
        return self.scale * e ** (1 / self.concentration)

    def log_prob(self, value):
        k, lam = self.concentration, self.scale
        z = value / lam
        return jt.log(k / lam) + (k - 1) * jt.log(z) - z ** k

    def cdf(self, value):
        return 1 - jt.exp(-(value / self.scale) ** self.concentration)

    def icdf(self, value):
        return self.scale * (-jt.log(1 - value)) ** (1 / self.concentration)

    def entropy(self):
        k = self.concentration
        return _EULER_GAMMA * (1 - 1 / k) + jt.log(self.scale / k) + 1


class InverseGamma(_Broadcast):
    """1 / X for X ~ Gamma(concentration, rate)."""
    arg_constraints = {"concentration": constraints.positive, "rate": constraints.positive}
    support = constraints.positive

    has_rsample = True
    _params = ("concentration", "rate")

    @property
    def mean(self):
        c = self.concentration
        return jt.ternary(c <= 1, jt.full_like(c, math.inf), self.rate / (c - 1))

    @property
    def mode(self):
        return self.rate / (self.concentration + 1)

    @property
    def variance(self):
        c = self.concentration
        var = self.rate ** 2 / ((c - 1) ** 2 * (c - 2))
        return jt.ternary(c <= 2, jt.full_like(var, math.inf), var)

    def rsample(self, sample_shape=()):
        return 1 / Gamma(self.concentration, self.rate).rsample(sample_shape)

    def log_prob(self, value):
        c, r = self.concentration, self.rate
        return xlogy(c, r) - lgamma(c) - (c + 1) * jt.log(value) - r / value

    def entropy(self):
        c = self.concentration
        return c + jt.log(self.rate) + lgamma(c) - (1 + c) * digamma(c)


class FisherSnedecor(_Broadcast):
    arg_constraints = {"df1": constraints.positive, "df2": constraints.positive}
    support = constraints.positive
    has_rsample = True
    _params = ("df1", "df2")

    @property
    def mean(self):
        df2 = self.df2
        return jt.ternary(df2 <= 2, jt.full_like(df2, math.nan), df2 / (df2 - 2))

    @property
    def mode(self):
        df1, df2 = self.df1, self.df2
        mode = (df1 - 2) / df1 * df2 / (df2 + 2)
        return jt.ternary(df1 <= 2, jt.full_like(mode, math.nan), mode)

    @property
    def variance(self):
        df1, df2 = self.df1, self.df2
        var = 2 * df2 ** 2 * (df1 + df2 - 2) / (df1 * (df2 - 2) ** 2 * (df2 - 4))
        return jt.ternary(df2 <= 4, jt.full_like(var, math.nan), var)

    def rsample(self, sample_shape=()):
        shape = _draw_shape(self._extended_shape(sample_shape))
        df1 = np.broadcast_to(self.df1.numpy().astype(np.float64), shape)
        df2 = np.broadcast_to(self.df2.numpy().astype(np.float64), shape)
        return _numpy_draw(lambda rng: rng.f(df1, df2), shape, str(self.df1.dtype))

    def log_prob(self, value):
        ct1, ct2 = self.df1 * 0.5, self.df2 * 0.5
        ct3 = self.df1 / self.df2
        t1 = lgamma(ct1 + ct2) - lgamma(ct1) - lgamma(ct2)
        t2 = ct1 * jt.log(ct3) + (ct1 - 1) * jt.log(value)
        t3 = (ct1 + ct2) * jt.log(1 + ct3 * value)
        return t1 + t2 - t3


def _kumaraswamy_moment(a, b, n):
    arg = 1 + n / a
    return b * jt.exp(lgamma(arg) + lgamma(b) - lgamma(arg + b))


class Kumaraswamy(_Broadcast):
    """PyTorch: Uniform(0, 1) through x^(1/b), 1 - x, x^(1/a); here its closed forms."""
    arg_constraints = {"concentration1": constraints.positive, "concentration0": constraints.positive}
    support = constraints.unit_interval

    has_rsample = True
    _params = ("concentration1", "concentration0")

    @property
    def mean(self):
        return _kumaraswamy_moment(self.concentration1, self.concentration0, 1)

    @property
    def mode(self):
        a, b = self.concentration1, self.concentration0
        log_mode = (1 / b) * log1p(-b) - log1p(-b * a)
        return jt.ternary((b < 1) | (a < 1), jt.full_like(log_mode, math.nan), jt.exp(log_mode))

    @property
    def variance(self):
        return _kumaraswamy_moment(self.concentration1, self.concentration0, 2) - self.mean ** 2

    def rsample(self, sample_shape=()):
        shape = _draw_shape(self._extended_shape(sample_shape))
        info = np.finfo(str(self.concentration1.dtype))
        u = jt.rand(shape, dtype=self.concentration1.dtype).clamp(float(info.tiny), 1 - float(info.eps))
        return (1 - u ** (1 / self.concentration0)) ** (1 / self.concentration1)

    def log_prob(self, value):
        a, b = self.concentration1, self.concentration0
        return jt.log(a) + jt.log(b) + (a - 1) * jt.log(value) + (b - 1) * log1p(-value ** a)

    def entropy(self):
        a, b = self.concentration1, self.concentration0
        t1, t0 = 1 - 1 / a, 1 - 1 / b
        h0 = digamma(b + 1) + _EULER_GAMMA
        return t0 + t1 * h0 - jt.log(a) - jt.log(b)


class VonMises(_Broadcast):
    """Angles; mean and variance are the circular ones, as in PyTorch."""
    arg_constraints = {"loc": constraints.real, "concentration": constraints.positive}
    support = constraints.real

    _params = ("loc", "concentration")

    @property
    def mean(self):
        return self.loc

    @property
    def mode(self):
        return self.loc

    @property
    def variance(self):
        from ..ops.special import i0e, i1e

        return 1 - i1e(self.concentration) / i0e(self.concentration)

    def sample(self, sample_shape=()):
        shape = _draw_shape(self._extended_shape(sample_shape))
        loc = np.broadcast_to(self.loc.numpy().astype(np.float64), shape)
        kappa = np.broadcast_to(self.concentration.numpy().astype(np.float64), shape)
        return _numpy_draw(lambda rng: rng.vonmises(loc, kappa), shape, str(self.loc.dtype))

    def log_prob(self, value):
        from ..ops.special import i0e

        log_i0 = jt.log(i0e(self.concentration)) + self.concentration
        return self.concentration * jt.cos(value - self.loc) - math.log(2 * math.pi) - log_i0
