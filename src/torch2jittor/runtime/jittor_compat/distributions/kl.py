"""torch.distributions.kl_divergence for PyTorch's registered pairs (torch/distributions/kl.py)."""
from __future__ import annotations

import math

import jittor as jt
import numpy as np

from ..ops.special import digamma, lgamma
from ..ops.linalg import inverse
from ..ops.pointwise import log1p, xlogy
from .._zero_dim import as_input
from .continuous import (_EULER_GAMMA, Beta, Cauchy, Exponential, Gamma, Gumbel, HalfCauchy, HalfNormal, Laplace,
                         LogNormal, Normal, Pareto, Uniform)
from .discrete import Bernoulli, Binomial, Categorical, Geometric, OneHotCategorical, Poisson
from .multivariate import Dirichlet, MultivariateNormal, _diagonal
from .distribution import _softplus, _sum_rightmost
from .independent import Independent
from .transforms import TransformedDistribution

_KL = {}


def register_kl(type_p, type_q):
    def decorate(fn):
        _KL[type_p, type_q] = fn
        return fn
    return decorate


def kl_divergence(p, q):
    for tp in type(p).__mro__:
        for tq in type(q).__mro__:
            fn = _KL.get((tp, tq))
            if fn is not None:
                return fn(p, q)
    raise NotImplementedError(f"No KL(p || q) is implemented for p type {type(p).__name__} and q type "
                              f"{type(q).__name__}")


def _where(mask, value, x):
    """x with `value` where mask (broadcast together, as PyTorch's masked assignment)."""
    shape = tuple(np.broadcast_shapes(tuple(mask.shape), tuple(x.shape)))
    mask, wide = mask.broadcast(shape), x.broadcast(shape)
    return as_input(x, jt.ternary(mask, jt.full_like(wide, value), wide))


def _infinite_like(x):
    """KL(p || q) where p's support is not inside q's: inf over p's batch."""
    return as_input(x, jt.full_like(x, math.inf))


def _x_log_x(x):
    return xlogy(x, x)  # 0 at 0


@register_kl(Normal, Normal)
def _kl_normal_normal(p, q):
    var_ratio = (p.scale / q.scale) ** 2
    t1 = ((p.loc - q.loc) / q.scale) ** 2
    return 0.5 * (var_ratio + t1 - 1 - jt.log(var_ratio))


@register_kl(Bernoulli, Bernoulli)
def _kl_bernoulli_bernoulli(p, q):
    t1 = p.probs * (_softplus(-q.logits) - _softplus(-p.logits))
    t1 = _where(p.probs == 0, 0.0, _where(q.probs == 0, math.inf, t1))
    t2 = (1 - p.probs) * (_softplus(q.logits) - _softplus(p.logits))
    t2 = _where(p.probs == 1, 0.0, _where(q.probs == 1, math.inf, t2))
    return t1 + t2


@register_kl(Categorical, Categorical)
def _kl_categorical_categorical(p, q):
    t = p.probs * (p.logits - q.logits)
    shape = tuple(t.shape)
    t = _where(q.probs.broadcast(shape) == 0, math.inf, t)
    t = _where(p.probs.broadcast(shape) == 0, 0.0, t)
    return t.sum(-1)


@register_kl(Uniform, Uniform)
def _kl_uniform_uniform(p, q):
    result = jt.log((q.high - q.low) / (p.high - p.low))
    return _where((q.low > p.low) | (q.high < p.high), math.inf, result)


@register_kl(Exponential, Exponential)
def _kl_exponential_exponential(p, q):
    rate_ratio = q.rate / p.rate
    return -jt.log(rate_ratio) + rate_ratio - 1


@register_kl(Laplace, Laplace)
def _kl_laplace_laplace(p, q):
    scale_ratio = p.scale / q.scale
    loc_abs_diff = (p.loc - q.loc).abs()
    return -jt.log(scale_ratio) + loc_abs_diff / q.scale + scale_ratio * jt.exp(-loc_abs_diff / p.scale) - 1


@register_kl(Gamma, Gamma)
def _kl_gamma_gamma(p, q):
    t1 = q.concentration * jt.log(p.rate / q.rate)
    t2 = lgamma(q.concentration) - lgamma(p.concentration)
    t3 = (p.concentration - q.concentration) * digamma(p.concentration)
    t4 = (q.rate - p.rate) * (p.concentration / p.rate)
    return t1 + t2 + t3 + t4


@register_kl(Beta, Beta)
def _kl_beta_beta(p, q):
    sum_p = p.concentration1 + p.concentration0
    sum_q = q.concentration1 + q.concentration0
    t1 = lgamma(sum_p) - lgamma(sum_q)
    t2 = (lgamma(p.concentration1) - lgamma(q.concentration1)) + (lgamma(p.concentration0) - lgamma(q.concentration0))
    dp = digamma(sum_p)
    t3 = ((p.concentration1 - q.concentration1) * (digamma(p.concentration1) - dp)
          + (p.concentration0 - q.concentration0) * (digamma(p.concentration0) - dp))
    return t1 - t2 + t3


@register_kl(Poisson, Poisson)
def _kl_poisson_poisson(p, q):
    return p.rate * (jt.log(p.rate) - jt.log(q.rate)) - (p.rate - q.rate)


@register_kl(Independent, Independent)
def _kl_independent_independent(p, q):
    if p.reinterpreted_batch_ndims != q.reinterpreted_batch_ndims:
        raise NotImplementedError
    return _sum_rightmost(kl_divergence(p.base_dist, q.base_dist), p.reinterpreted_batch_ndims)


@register_kl(HalfNormal, HalfNormal)
def _kl_halfnormal_halfnormal(p, q):
    return _kl_normal_normal(p.base_dist, q.base_dist)


@register_kl(Gumbel, Gumbel)
def _kl_gumbel_gumbel(p, q):
    ct1 = p.scale / q.scale
    ct2 = q.loc / q.scale
    ct3 = p.loc / q.scale
    t1 = -jt.log(ct1) - ct2 + ct3
    t2 = ct1 * _EULER_GAMMA
    t3 = jt.exp(ct2 + lgamma(1 + ct1) - ct3)
    return t1 + t2 + t3 - (1 + _EULER_GAMMA)


@register_kl(OneHotCategorical, OneHotCategorical)
def _kl_onehotcategorical_onehotcategorical(p, q):
    return _kl_categorical_categorical(p._categorical, q._categorical)


@register_kl(Geometric, Geometric)
def _kl_geometric_geometric(p, q):
    return -p.entropy() - log1p(-q.probs) / p.probs - q.logits


@register_kl(Binomial, Binomial)
def _kl_binomial_binomial(p, q):
    if (p.total_count < q.total_count).astype("int32").sum().item() > 0:
        raise NotImplementedError("KL between Binomials where q.total_count > p.total_count is not implemented")
    kl = p.total_count * (p.probs * (p.logits - q.logits) + log1p(-p.probs) - log1p(-q.probs))
    return _where(p.total_count > q.total_count, math.inf, kl)


@register_kl(Dirichlet, Dirichlet)
def _kl_dirichlet_dirichlet(p, q):
    sum_p = p.concentration.sum(-1)
    sum_q = q.concentration.sum(-1)
    t1 = lgamma(sum_p) - lgamma(sum_q)
    t2 = (lgamma(p.concentration) - lgamma(q.concentration)).sum(-1)
    t3 = p.concentration - q.concentration
    t4 = digamma(p.concentration) - digamma(sum_p).unsqueeze(-1)
    return t1 - t2 + (t3 * t4).sum(-1)


@register_kl(MultivariateNormal, MultivariateNormal)
def _kl_multivariatenormal_multivariatenormal(p, q):
    if p.event_shape != q.event_shape:
        raise ValueError("KL-divergence between two Multivariate Normals with different event shapes cannot be "
                         "computed")
    lp, lq = p._unbroadcasted_scale_tril, q._unbroadcasted_scale_tril
    half_term1 = jt.log(_diagonal(lq)).sum(-1) - jt.log(_diagonal(lp)).sum(-1)
    n = p.event_shape[0]
    batch = tuple(np.broadcast_shapes(tuple(lq.shape[:-2]), tuple(lp.shape[:-2])))
    inv_q = inverse(lq)
    term2 = (jt.matmul(inv_q.broadcast(batch + (n, n)), lp.broadcast(batch + (n, n))) ** 2).sum(-1).sum(-1)
    diff = q.loc - p.loc
    batch = tuple(np.broadcast_shapes(tuple(diff.shape[:-1]), tuple(lq.shape[:-2])))
    solved = jt.matmul(inv_q.broadcast(batch + (n, n)), diff.broadcast(batch + (n,)).unsqueeze(-1))
    term3 = (solved.squeeze(-1) ** 2).sum(-1)
    return half_term1 + 0.5 * (term2 + term3 - n)


# --- pairs of different families (PyTorch's closed forms; inf where p's support leaves q's) -----------------
def _register_infinite(p_type, q_types, param):
    def infinite(p, q):
        return _infinite_like(getattr(p, param))
    for q_type in q_types:
        register_kl(p_type, q_type)(infinite)


_register_infinite(Beta, (Pareto,), "concentration1")
_register_infinite(Exponential, (Beta, Pareto, Uniform), "rate")
_register_infinite(Gamma, (Beta, Pareto, Uniform), "concentration")
_register_infinite(Gumbel, (Beta, Exponential, Gamma, Pareto, Uniform), "loc")
_register_infinite(Laplace, (Beta, Exponential, Gamma, Pareto, Uniform), "loc")
_register_infinite(Normal, (Beta, Exponential, Gamma, Pareto, Uniform), "loc")
_register_infinite(Pareto, (Beta, Uniform), "scale")
_register_infinite(Poisson, (Bernoulli, Binomial), "rate")


@register_kl(Pareto, Pareto)
def _kl_pareto_pareto(p, q):
    alpha_ratio = q.alpha / p.alpha
    kl = q.alpha * jt.log(p.scale / q.scale) - jt.log(alpha_ratio) + alpha_ratio - 1
    return _where(p.scale < q.scale, math.inf, kl)


@register_kl(Cauchy, Cauchy)
def _kl_cauchy_cauchy(p, q):
    return jt.log((p.scale + q.scale) ** 2 + (p.loc - q.loc) ** 2) - jt.log(4 * p.scale * q.scale)


@register_kl(Bernoulli, Poisson)
def _kl_bernoulli_poisson(p, q):
    return -p.entropy() - (p.probs * jt.log(q.rate) - q.rate)


def _beta_mean(p):
    return p.concentration1 / (p.concentration1 + p.concentration0)


@register_kl(Beta, Exponential)
def _kl_beta_exponential(p, q):
    return -p.entropy() - jt.log(q.rate) + q.rate * _beta_mean(p)


@register_kl(Beta, Gamma)
def _kl_beta_gamma(p, q):
    total = p.concentration1 + p.concentration0
    log_norm = lgamma(q.concentration) - q.concentration * jt.log(q.rate)
    e_log = digamma(p.concentration1) - digamma(total)
    return -p.entropy() + log_norm - (q.concentration - 1) * e_log + q.rate * p.concentration1 / total


@register_kl(Beta, Normal)
def _kl_beta_normal(p, q):
    m = _beta_mean(p)
    var_q = q.scale ** 2
    second_moment = m * (1 - m) / (p.concentration1 + p.concentration0 + 1) + m ** 2
    return (-p.entropy() + 0.5 * jt.log(var_q * 2 * math.pi)
            + (0.5 * second_moment - q.loc * m + 0.5 * q.loc ** 2) / var_q)


@register_kl(Beta, Uniform)
def _kl_beta_uniform(p, q):
    kl = -p.entropy() + jt.log(q.high - q.low)
    return _where((q.low > 0) | (q.high < 1), math.inf, kl)


@register_kl(Exponential, Gamma)
def _kl_exponential_gamma(p, q):
    ratio = q.rate / p.rate
    return (-q.concentration * jt.log(ratio) + ratio + lgamma(q.concentration) + q.concentration * _EULER_GAMMA
            - (1 + _EULER_GAMMA))


@register_kl(Exponential, Gumbel)
def _kl_exponential_gumbel(p, q):
    prod = p.rate * q.scale
    ratio = q.loc / q.scale
    return jt.log(prod) - 1 - ratio + jt.exp(ratio) * prod / (prod + 1) + 1 / prod


@register_kl(Exponential, Normal)
def _kl_exponential_normal(p, q):
    var_q = q.scale ** 2
    rate2 = p.rate ** 2
    return 0.5 * jt.log(rate2 * var_q * 2 * math.pi) - 1 + (1 / rate2 - q.loc / p.rate + 0.5 * q.loc ** 2) / var_q


@register_kl(Gamma, Exponential)
def _kl_gamma_exponential(p, q):
    return -p.entropy() - jt.log(q.rate) + q.rate * p.concentration / p.rate


@register_kl(Gamma, Gumbel)
def _kl_gamma_gumbel(p, q):
    a = p.concentration
    prod = p.rate * q.scale
    ratio = q.loc / q.scale
    t1 = (a - 1) * digamma(a) - lgamma(a) - a
    t2 = jt.log(prod) + a / prod
    t3 = jt.exp(ratio) * (1 + 1 / prod) ** (-a) - ratio
    return t1 + t2 + t3


@register_kl(Gamma, Normal)
def _kl_gamma_normal(p, q):
    a = p.concentration
    var_q = q.scale ** 2
    rate2 = p.rate ** 2
    t1 = 0.5 * jt.log(rate2 * var_q * 2 * math.pi) - a - lgamma(a)
    t2 = 0.5 * (a ** 2 + a) / rate2 - q.loc * a / p.rate + 0.5 * q.loc ** 2
    return t1 + (a - 1) * digamma(a) + t2 / var_q


@register_kl(Gumbel, Normal)
def _kl_gumbel_normal(p, q):
    ratio = p.scale / q.scale
    t1 = jt.log(ratio / math.sqrt(2 * math.pi))
    t2 = (math.pi * ratio * 0.5) ** 2 / 3
    t3 = ((p.loc + p.scale * _EULER_GAMMA - q.loc) / q.scale) ** 2 * 0.5
    return -t1 + t2 + t3 - (_EULER_GAMMA + 1)


@register_kl(Laplace, Normal)
def _kl_laplace_normal(p, q):
    var_q = q.scale ** 2
    ratio = p.scale ** 2 / var_q
    t1 = 0.5 * jt.log(2 * ratio / math.pi)
    return -t1 + ratio + 0.5 * (p.loc - q.loc) ** 2 / var_q - 1


@register_kl(Normal, Gumbel)
def _kl_normal_gumbel(p, q):
    mean_ratio = p.loc / q.scale
    var_ratio = (p.scale / q.scale) ** 2
    loc_ratio = q.loc / q.scale
    return (-0.5 * jt.log(var_ratio) + mean_ratio - loc_ratio + jt.exp(-mean_ratio + 0.5 * var_ratio + loc_ratio)
            - 0.5 * (1 + math.log(2 * math.pi)))


@register_kl(Normal, Laplace)
def _kl_normal_laplace(p, q):
    diff = p.loc - q.loc
    z = diff / p.scale
    t2 = math.sqrt(2 / math.pi) * p.scale * jt.exp(-0.5 * z ** 2)
    t3 = diff * jt.erf(math.sqrt(0.5) * z)
    return -jt.log(p.scale / q.scale) + (t2 + t3) / q.scale - 0.5 * (1 + math.log(0.5 * math.pi))


@register_kl(Pareto, Exponential)
def _kl_pareto_exponential(p, q):
    prod = p.scale * q.rate
    kl = jt.log(p.alpha / prod) - 1 / p.alpha + p.alpha * prod / (p.alpha - 1) - 1
    return _where(p.alpha <= 1, math.inf, kl)


@register_kl(Pareto, Gamma)
def _kl_pareto_gamma(p, q):
    common = jt.log(p.scale) + 1 / p.alpha
    kl = (jt.log(p.alpha) - common + lgamma(q.concentration) - q.concentration * jt.log(q.rate)
          + (1 - q.concentration) * common + q.rate * p.alpha * p.scale / (p.alpha - 1) - 1)
    return _where(p.alpha <= 1, math.inf, kl)


@register_kl(Pareto, Normal)
def _kl_pareto_normal(p, q):
    two_var = 2 * q.scale ** 2
    common = p.scale / (p.alpha - 1)
    t1 = jt.log(math.sqrt(2 * math.pi) * q.scale * p.alpha / p.scale)
    t3 = p.alpha * common ** 2 / (p.alpha - 2)
    t4 = (p.alpha * common - q.loc) ** 2
    kl = t1 - 1 / p.alpha + (t3 + t4) / two_var - 1
    return _where(p.alpha <= 2, math.inf, kl)


@register_kl(Uniform, Beta)
def _kl_uniform_beta(p, q):
    width = p.high - p.low
    t2 = (q.concentration1 - 1) * (_x_log_x(p.high) - _x_log_x(p.low) - width) / width
    t3 = (q.concentration0 - 1) * (_x_log_x(1 - p.high) - _x_log_x(1 - p.low) + width) / width
    t4 = lgamma(q.concentration1) + lgamma(q.concentration0) - lgamma(q.concentration1 + q.concentration0)
    kl = t3 + t4 - jt.log(width) - t2
    return _where((p.high > 1) | (p.low < 0), math.inf, kl)


@register_kl(Uniform, Exponential)
def _kl_uniform_exponential(p, q):
    kl = q.rate * (p.high + p.low) / 2 - jt.log((p.high - p.low) * q.rate)
    return _where(p.low < 0, math.inf, kl)


@register_kl(Uniform, Gamma)
def _kl_uniform_gamma(p, q):
    width = p.high - p.low
    t2 = lgamma(q.concentration) - q.concentration * jt.log(q.rate)
    t3 = (1 - q.concentration) * (_x_log_x(p.high) - _x_log_x(p.low) - width) / width
    kl = -jt.log(width) + t2 + t3 + q.rate * (p.high + p.low) / 2
    return _where(p.low < 0, math.inf, kl)


@register_kl(Uniform, Gumbel)
def _kl_uniform_gumbel(p, q):
    common = q.scale / (p.high - p.low)
    high = (p.high - q.loc) / q.scale
    low = (p.low - q.loc) / q.scale
    return jt.log(common) + 0.5 * (high + low) - common * (jt.exp(-high) - jt.exp(-low))


@register_kl(Uniform, Normal)
def _kl_uniform_normal(p, q):
    width = p.high - p.low
    t1 = jt.log(math.sqrt(math.pi * 2) * q.scale / width)
    return t1 + 0.5 * (width ** 2 / 12 + ((p.high + p.low - 2 * q.loc) / 2) ** 2) / q.scale ** 2


@register_kl(Uniform, Pareto)
def _kl_uniform_pareto(p, q):
    width = p.high - p.low
    t1 = jt.log(q.alpha * q.scale ** q.alpha * width)
    t2 = (_x_log_x(p.high) - _x_log_x(p.low) - width) / width
    kl = t2 * (q.alpha + 1) - t1
    return _where(p.low < q.scale, math.inf, kl)


# PyTorch's LogNormal, HalfNormal and HalfCauchy are TransformedDistributions of a Normal or a Cauchy by
# the same transform: their KL is their base distributions'
def _same_transforms(p, q):
    tp, tq = list(getattr(p, "transforms", ())), list(getattr(q, "transforms", ()))
    if len(tp) != len(tq):
        return False
    for a, b in zip(tp, tq):
        if type(a) is not type(b):
            return False
        for name in ("loc", "scale", "exponent"):
            x, y = getattr(a, name, None), getattr(b, name, None)
            if x is y:
                continue
            if not np.array_equal(np.asarray(x.numpy() if isinstance(x, jt.Var) else x),
                                  np.asarray(y.numpy() if isinstance(y, jt.Var) else y)):
                return False
    return True


@register_kl(TransformedDistribution, TransformedDistribution)
def _kl_transformed_transformed(p, q):
    if not _same_transforms(p, q) or p.event_shape != q.event_shape:
        raise NotImplementedError
    return kl_divergence(p.base_dist, q.base_dist)


@register_kl(LogNormal, LogNormal)
def _kl_lognormal_lognormal(p, q):
    return _kl_normal_normal(p.base_dist, q.base_dist)


@register_kl(HalfCauchy, HalfCauchy)
def _kl_halfcauchy_halfcauchy(p, q):
    return _kl_cauchy_cauchy(p.base_dist, q.base_dist)
