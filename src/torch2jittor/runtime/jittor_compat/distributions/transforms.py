"""torch.distributions.transforms and TransformedDistribution (torch/distributions/transforms.py,
transformed_distribution.py) with PyTorch's formulas, log-det-Jacobians and event dims. `domain`/`codomain` carry
the event dim only (PyTorch's constraint objects also check support)."""
from __future__ import annotations

import math
import numbers

import jittor as jt
import numpy as np

from ..ops.pointwise import log1p
from .distribution import Distribution, _broadcast_all, _softplus, _sum_rightmost
from .independent import Independent


class _EventDim:
    """A transform's domain or codomain, as far as shapes go."""

    def __init__(self, event_dim):
        self.event_dim = event_dim


def _atanh(y):
    return 0.5 * (log1p(y) - log1p(-y))


class Transform:
    bijective = False
    domain = _EventDim(0)
    codomain = _EventDim(0)

    def __init__(self, cache_size=0):
        self._cache_size = cache_size

    @property
    def event_dim(self):
        if self.domain.event_dim == self.codomain.event_dim:
            return self.domain.event_dim
        raise ValueError("Please use either .domain.event_dim or .codomain.event_dim")

    @property
    def inv(self):
        return _InverseTransform(self)

    @property
    def sign(self):
        raise NotImplementedError

    def __call__(self, x):
        return self._call(x)

    def _inv_call(self, y):
        return self._inverse(y)

    def _call(self, x):
        raise NotImplementedError

    def _inverse(self, y):
        raise NotImplementedError

    def log_abs_det_jacobian(self, x, y):
        raise NotImplementedError

    def forward_shape(self, shape):
        return shape

    def inverse_shape(self, shape):
        return shape

    def __repr__(self):
        return type(self).__name__ + "()"


class _InverseTransform(Transform):
    def __init__(self, transform):
        super().__init__()
        self._inv = transform
        self.domain, self.codomain, self.bijective = transform.codomain, transform.domain, transform.bijective

    @property
    def inv(self):
        return self._inv

    @property
    def sign(self):
        return self._inv.sign

    def __call__(self, x):
        return self._inv._inv_call(x)

    def log_abs_det_jacobian(self, x, y):
        return -self._inv.log_abs_det_jacobian(y, x)

    def forward_shape(self, shape):
        return self._inv.inverse_shape(shape)

    def inverse_shape(self, shape):
        return self._inv.forward_shape(shape)


class ComposeTransform(Transform):
    def __init__(self, parts, cache_size=0):
        super().__init__(cache_size)
        self.parts = list(parts)
        self.bijective = all(p.bijective for p in self.parts)
        if self.parts:
            # PyTorch's event dims of a chain: the domain widened by what later parts need
            domain_dim = self.parts[-1].domain.event_dim
            for part in reversed(self.parts):
                domain_dim += part.domain.event_dim - part.codomain.event_dim
                domain_dim = max(domain_dim, part.domain.event_dim)
            codomain_dim = self.parts[0].codomain.event_dim
            for part in self.parts:
                codomain_dim += part.codomain.event_dim - part.domain.event_dim
                codomain_dim = max(codomain_dim, part.codomain.event_dim)
            self.domain, self.codomain = _EventDim(domain_dim), _EventDim(codomain_dim)

    @property
    def sign(self):
        sign = 1
        for p in self.parts:
            sign = sign * p.sign
        return sign

    @property
    def inv(self):
        return ComposeTransform([p.inv for p in reversed(self.parts)])

    def __call__(self, x):
        for part in self.parts:
            x = part(x)
        return x

    def log_abs_det_jacobian(self, x, y):
        if not self.parts:
            return jt.zeros_like(x)
        xs = [x]
        for part in self.parts[:-1]:
            xs.append(part(xs[-1]))
        xs.append(y)
        terms = []
        event_dim = self.domain.event_dim
        for part, a, b in zip(self.parts, xs[:-1], xs[1:]):
            terms.append(_sum_rightmost(part.log_abs_det_jacobian(a, b), event_dim - part.domain.event_dim))
            event_dim += part.codomain.event_dim - part.domain.event_dim
        total = terms[0]
        for term in terms[1:]:
            total = total + term
        return total

    def forward_shape(self, shape):
        for part in self.parts:
            shape = part.forward_shape(shape)
        return shape

    def inverse_shape(self, shape):
        for part in reversed(self.parts):
            shape = part.inverse_shape(shape)
        return shape


identity_transform = ComposeTransform([])


class IndependentTransform(Transform):
    def __init__(self, base_transform, reinterpreted_batch_ndims, cache_size=0):
        super().__init__(cache_size)
        self.base_transform = base_transform
        self.reinterpreted_batch_ndims = reinterpreted_batch_ndims
        self.bijective = base_transform.bijective
        self.domain = _EventDim(base_transform.domain.event_dim + reinterpreted_batch_ndims)
        self.codomain = _EventDim(base_transform.codomain.event_dim + reinterpreted_batch_ndims)

    @property
    def sign(self):
        return self.base_transform.sign

    def _call(self, x):
        return self.base_transform(x)

    def _inverse(self, y):
        return self.base_transform.inv(y)

    def log_abs_det_jacobian(self, x, y):
        return _sum_rightmost(self.base_transform.log_abs_det_jacobian(x, y), self.reinterpreted_batch_ndims)

    def forward_shape(self, shape):
        return self.base_transform.forward_shape(shape)

    def inverse_shape(self, shape):
        return self.base_transform.inverse_shape(shape)


class ExpTransform(Transform):
    bijective = True
    sign = 1

    def _call(self, x):
        return jt.exp(x)

    def _inverse(self, y):
        return jt.log(y)

    def log_abs_det_jacobian(self, x, y):
        return x


class PowerTransform(Transform):
    bijective = True

    def __init__(self, exponent, cache_size=0):
        super().__init__(cache_size)
        (self.exponent,), self._exponent_shape = _broadcast_all(exponent)

    @property
    def sign(self):
        return self.exponent.sign()

    def _call(self, x):
        return x ** self.exponent

    def _inverse(self, y):
        return y ** (1 / self.exponent)

    def log_abs_det_jacobian(self, x, y):
        return jt.log((self.exponent * y / x).abs())

    def forward_shape(self, shape):
        return tuple(np.broadcast_shapes(tuple(shape), self._exponent_shape))

    inverse_shape = forward_shape


def _clipped_sigmoid(x):
    info = np.finfo(str(x.dtype))
    return jt.sigmoid(x).clamp(float(info.tiny), 1.0 - float(info.eps))


class SigmoidTransform(Transform):
    bijective = True
    sign = 1

    def _call(self, x):
        return _clipped_sigmoid(x)

    def _inverse(self, y):
        info = np.finfo(str(y.dtype))
        y = y.clamp(float(info.tiny), 1.0 - float(info.eps))
        return jt.log(y) - log1p(-y)

    def log_abs_det_jacobian(self, x, y):
        return -_softplus(-x) - _softplus(x)


class TanhTransform(Transform):
    bijective = True
    sign = 1

    def _call(self, x):
        return jt.tanh(x)

    def _inverse(self, y):
        return _atanh(y)

    def log_abs_det_jacobian(self, x, y):
        return 2.0 * (math.log(2.0) - x - _softplus(-2.0 * x))


class SoftplusTransform(Transform):
    bijective = True
    sign = 1

    def _call(self, x):
        return _softplus(x)

    def _inverse(self, y):
        return jt.log(-(jt.exp(-y) - 1)) + y

    def log_abs_det_jacobian(self, x, y):
        return -_softplus(-x)


class AbsTransform(Transform):
    def _call(self, x):
        return x.abs()

    def _inverse(self, y):
        return y


class AffineTransform(Transform):
    bijective = True

    def __init__(self, loc, scale, event_dim=0, cache_size=0):
        super().__init__(cache_size)
        self.loc, self.scale = loc, scale
        self._event_dim = event_dim
        self.domain = self.codomain = _EventDim(event_dim)

    @property
    def event_dim(self):
        return self._event_dim

    @property
    def sign(self):
        if isinstance(self.scale, numbers.Real):
            return 1 if float(self.scale) > 0 else -1 if float(self.scale) < 0 else 0
        return self.scale.sign()

    def _call(self, x):
        return self.loc + self.scale * x

    def _inverse(self, y):
        return (y - self.loc) / self.scale

    def log_abs_det_jacobian(self, x, y):
        shape = tuple(x.shape)
        if isinstance(self.scale, numbers.Real):
            result = jt.full_like(x, math.log(abs(self.scale)))
        else:
            result = jt.log(self.scale.abs())
        if self._event_dim:
            result = result.reshape(tuple(result.shape[:-self._event_dim]) + (-1,)).sum(-1)
            shape = shape[:-self._event_dim]
        return result.broadcast(shape or (1,))

    def forward_shape(self, shape):
        return tuple(np.broadcast_shapes(tuple(shape), tuple(getattr(self.loc, "shape", ())),
                                         tuple(getattr(self.scale, "shape", ()))))

    inverse_shape = forward_shape


class SoftmaxTransform(Transform):
    domain = _EventDim(1)
    codomain = _EventDim(1)

    def _call(self, x):
        probs = jt.exp(x - x.max(-1, keepdims=True))
        return probs / probs.sum(-1, keepdims=True)

    def _inverse(self, y):
        return jt.log(y)


class TransformedDistribution(Distribution):
    def __init__(self, base_distribution, transforms, validate_args=None):
        if isinstance(transforms, Transform):
            self.transforms = [transforms]
        elif isinstance(transforms, list):
            if not all(isinstance(t, Transform) for t in transforms):
                raise ValueError("transforms must be a Transform or a list of Transforms")
            self.transforms = transforms
        else:
            raise ValueError(f"transforms must be a Transform or list, but was {transforms}")
        base_shape = tuple(base_distribution.batch_shape) + tuple(base_distribution.event_shape)
        base_event_dim = len(base_distribution.event_shape)
        transform = ComposeTransform(self.transforms)
        if len(base_shape) < transform.domain.event_dim:
            raise ValueError(f"base_distribution needs to have shape with size at least "
                             f"{transform.domain.event_dim}, but got {base_shape}.")
        forward_shape = tuple(transform.forward_shape(base_shape))
        expanded_base_shape = tuple(transform.inverse_shape(forward_shape))
        if base_shape != expanded_base_shape:
            base_distribution = base_distribution.expand(
                expanded_base_shape[:len(expanded_base_shape) - base_event_dim])
        reinterpreted = transform.domain.event_dim - base_event_dim
        if reinterpreted > 0:
            base_distribution = Independent(base_distribution, reinterpreted)
        self.base_dist = base_distribution
        event_dim = transform.codomain.event_dim + max(base_event_dim - transform.domain.event_dim, 0)
        cut = len(forward_shape) - event_dim
        super().__init__(forward_shape[:cut], forward_shape[cut:], validate_args=validate_args)

    @property
    def has_rsample(self):
        return self.base_dist.has_rsample

    def sample(self, sample_shape=()):
        x = self.base_dist.sample(sample_shape)
        for transform in self.transforms:
            x = transform(x)
        return x.detach()

    def rsample(self, sample_shape=()):
        x = self.base_dist.rsample(sample_shape)
        for transform in self.transforms:
            x = transform(x)
        return x

    def log_prob(self, value):
        event_dim = len(self.event_shape)
        log_prob = 0.0
        y = value
        for transform in reversed(self.transforms):
            x = transform.inv(y)
            event_dim += transform.domain.event_dim - transform.codomain.event_dim
            log_prob = log_prob - _sum_rightmost(transform.log_abs_det_jacobian(x, y),
                                                 event_dim - transform.domain.event_dim)
            y = x
        return log_prob + _sum_rightmost(self.base_dist.log_prob(y), event_dim - len(self.base_dist.event_shape))

    def _monotonize_cdf(self, value):
        sign = 1
        for transform in self.transforms:
            sign = sign * transform.sign
        if isinstance(sign, int) and sign == 1:
            return value
        return sign * (value - 0.5) + 0.5

    def cdf(self, value):
        for transform in self.transforms[::-1]:
            value = transform.inv(value)
        return self._monotonize_cdf(self.base_dist.cdf(value))

    def icdf(self, value):
        value = self.base_dist.icdf(self._monotonize_cdf(value))
        for transform in self.transforms:
            value = transform(value)
        return value


class ReshapeTransform(Transform):
    """The rightmost dims reshaped from in_shape to out_shape (a bijection with unit Jacobian)."""

    bijective = True

    def __init__(self, in_shape, out_shape, cache_size=0):
        super().__init__(cache_size)
        self.in_shape, self.out_shape = tuple(in_shape), tuple(out_shape)
        if int(np.prod(self.in_shape)) != int(np.prod(self.out_shape)):
            raise ValueError("in_shape, out_shape have different numbers of elements")
        self.domain, self.codomain = _EventDim(len(self.in_shape)), _EventDim(len(self.out_shape))

    def _call(self, x):
        batch = tuple(x.shape[:x.ndim - len(self.in_shape)])
        return x.reshape(batch + self.out_shape)

    def _inverse(self, y):
        batch = tuple(y.shape[:y.ndim - len(self.out_shape)])
        return y.reshape(batch + self.in_shape)

    def log_abs_det_jacobian(self, x, y):
        batch = tuple(x.shape[:x.ndim - len(self.in_shape)])
        return jt.zeros(batch or (1,), x.dtype)

    def forward_shape(self, shape):
        return tuple(shape[:len(shape) - len(self.in_shape)]) + self.out_shape

    def inverse_shape(self, shape):
        return tuple(shape[:len(shape) - len(self.out_shape)]) + self.in_shape


class CumulativeDistributionTransform(Transform):
    """x -> distribution.cdf(x), onto (0, 1)."""

    bijective = True
    sign = 1

    def __init__(self, distribution, cache_size=0):
        super().__init__(cache_size)
        self.distribution = distribution

    def _call(self, x):
        return self.distribution.cdf(x)

    def _inverse(self, y):
        return self.distribution.icdf(y)

    def log_abs_det_jacobian(self, x, y):
        return self.distribution.log_prob(x)


def _offsets(n, dtype):
    """n, n-1, ..., 1 (PyTorch's `x.shape[-1] + 1 - ones.cumsum(-1)`)."""
    return jt.array(np.arange(n, 0, -1).astype(dtype))


class StickBreakingTransform(Transform):
    """Unconstrained vectors of length K onto the K+1 simplex, by stick breaking."""

    bijective = True
    domain = _EventDim(1)
    codomain = _EventDim(1)

    def _call(self, x):
        from ..ops.reduction import cumprod

        z = _clipped_sigmoid(x - jt.log(_offsets(x.shape[-1], str(x.dtype))))
        z_cumprod = cumprod(1 - z, -1)
        ones = jt.ones(tuple(x.shape[:-1]) + (1,), x.dtype)
        return jt.concat([z, ones], -1) * jt.concat([ones, z_cumprod], -1)

    def _inverse(self, y):
        from ..ops.reduction import cumsum

        y_crop = y[..., :-1]
        offset = jt.array(np.arange(y.shape[-1] - 1, 0, -1).astype(str(y.dtype)))
        sf = (1 - cumsum(y_crop, -1)).clamp(min_v=float(np.finfo(str(y.dtype)).tiny))
        return jt.log(y_crop) - jt.log(sf) + jt.log(offset)

    def log_abs_det_jacobian(self, x, y):
        x = x - jt.log(_offsets(x.shape[-1], str(x.dtype)))
        return (-x - _softplus(-x) + jt.log(y[..., :-1])).sum(-1)

    def forward_shape(self, shape):
        return tuple(shape[:-1]) + (shape[-1] + 1,)

    def inverse_shape(self, shape):
        return tuple(shape[:-1]) + (shape[-1] - 1,)


class LogisticNormal(TransformedDistribution):
    """Normal(loc, scale) through StickBreakingTransform."""

    has_rsample = True

    def __init__(self, loc, scale, validate_args=None):
        from .continuous import Normal

        base = Normal(loc, scale)
        if not base.batch_shape:
            base = base.expand((1,))
        super().__init__(base, StickBreakingTransform(), validate_args=validate_args)

    @property
    def loc(self):
        return self.base_dist.base_dist.loc

    @property
    def scale(self):
        return self.base_dist.base_dist.scale
