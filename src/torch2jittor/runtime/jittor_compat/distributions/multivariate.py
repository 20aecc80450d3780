"""Distributions over vectors with PyTorch's formulas (torch/distributions/dirichlet.py,
multivariate_normal.py). Dirichlet draws in numpy (no gradient through rsample, CPU), seeded from Jittor's
generator; MultivariateNormal's factorizations are jittor.linalg's (numpy inside the graph, with gradients)."""
from __future__ import annotations

import math

import jittor as jt
import numpy as np

from ..ops.linalg import _mT, cholesky, inverse
from ..ops.pointwise import xlogy
from ..ops.special import digamma, lgamma
from . import constraints
from .distribution import Distribution, _as_var, _draw_shape


class Dirichlet(Distribution):
    arg_constraints = {"concentration": constraints.independent(constraints.positive, 1)}
    support = constraints.simplex
    has_rsample = True

    def __init__(self, concentration, validate_args=None):
        concentration = _as_var(concentration)
        if concentration.ndim < 1:
            raise ValueError("`concentration` parameter must be at least one-dimensional.")
        self.concentration = concentration
        shape = tuple(concentration.shape)
        super().__init__(shape[:-1], shape[-1:], validate_args=validate_args)

    def expand(self, batch_shape, _instance=None):
        return self._expand_params(batch_shape, {"concentration": 1})

    @property
    def mean(self):
        return self.concentration / self.concentration.sum(-1, keepdims=True)

    @property
    def mode(self):
        c1 = (self.concentration - 1).clamp(min_v=0)
        mode = c1 / c1.sum(-1, keepdims=True)
        # all concentrations below 1: PyTorch puts the mass on the first largest component
        all_below = (self.concentration < 1).astype("int32").min(-1, keepdims=True) > 0
        index = jt.argmax(mode, -1)[0].unsqueeze(-1)
        one_hot = (jt.arange(mode.shape[-1]).broadcast(mode.shape) == index.broadcast(mode.shape)).astype(mode.dtype)
        return jt.ternary(all_below.broadcast(mode.shape), one_hot, mode)

    @property
    def variance(self):
        total = self.concentration.sum(-1, keepdims=True)
        return self.concentration * (total - self.concentration) / (total ** 2 * (total + 1))

    def rsample(self, sample_shape=()):
        shape = _draw_shape(self._extended_shape(sample_shape))
        conc = np.broadcast_to(self.concentration.numpy().astype(np.float64), shape)
        rng = np.random.default_rng(int(jt.randint(0, 2 ** 31 - 1, (1,)).item()))
        gammas = rng.standard_gamma(conc)
        draws = gammas / gammas.sum(-1, keepdims=True)
        tiny = np.finfo(str(self.concentration.dtype)).tiny
        return jt.array(np.clip(draws, tiny, 1 - np.finfo(str(self.concentration.dtype)).eps).astype(
            str(self.concentration.dtype)))

    def log_prob(self, value):
        c = self.concentration
        return xlogy(c - 1.0, value).sum(-1) + lgamma(c.sum(-1)) - lgamma(c).sum(-1)

    def entropy(self):
        c = self.concentration
        k = c.shape[-1]
        a0 = c.sum(-1)
        return lgamma(c).sum(-1) - lgamma(a0) - (k - a0) * digamma(a0) - ((c - 1.0) * digamma(c)).sum(-1)


class MultivariateNormal(Distribution):
    arg_constraints = {"loc": constraints.real_vector, "covariance_matrix": constraints.positive_definite, "precision_matrix": constraints.positive_definite, "scale_tril": constraints.lower_cholesky}
    support = constraints.real_vector
    has_rsample = True

    def __init__(self, loc, covariance_matrix=None, precision_matrix=None, scale_tril=None, validate_args=None):
        if loc.ndim < 1:
            raise ValueError("loc must be at least one-dimensional.")
        given = [m for m in (covariance_matrix, precision_matrix, scale_tril) if m is not None]
        if len(given) != 1:
            raise ValueError("Exactly one of covariance_matrix or precision_matrix or scale_tril may be specified.")
        matrix = given[0]
        if matrix.ndim < 2:
            raise ValueError("the matrix argument must be at least two-dimensional, with optional leading batch "
                             "dimensions")
        batch = tuple(np.broadcast_shapes(tuple(matrix.shape[:-2]), tuple(loc.shape[:-1])))
        k = loc.shape[-1]
        self.loc = loc.broadcast(batch + (k,))
        if scale_tril is not None:
            self._unbroadcasted_scale_tril = scale_tril
        elif covariance_matrix is not None:
            self._unbroadcasted_scale_tril = cholesky(covariance_matrix)
        else:
            self._unbroadcasted_scale_tril = cholesky(inverse(precision_matrix))
        super().__init__(batch, (k,), validate_args=validate_args)

    def expand(self, batch_shape, _instance=None):
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.loc = self.loc.broadcast(tuple(batch_shape) + self.event_shape)
        new._batch_shape = tuple(batch_shape)
        return new

    def _matrix_shape(self):
        return _draw_shape(self._batch_shape + self._event_shape + self._event_shape)

    @property
    def scale_tril(self):
        return self._unbroadcasted_scale_tril.broadcast(self._matrix_shape())

    @property
    def covariance_matrix(self):
        L = self._unbroadcasted_scale_tril
        return jt.matmul(L, _mT(L)).broadcast(self._matrix_shape())

    @property
    def precision_matrix(self):
        return inverse(self.covariance_matrix)

    @property
    def mean(self):
        return self.loc

    @property
    def mode(self):
        return self.loc

    @property
    def variance(self):
        return (self._unbroadcasted_scale_tril ** 2).sum(-1).broadcast(_draw_shape(self._extended_shape()))

    def rsample(self, sample_shape=()):
        shape = _draw_shape(self._extended_shape(sample_shape))
        eps = jt.randn(shape, dtype=self.loc.dtype)
        return self.loc + jt.matmul(self._unbroadcasted_scale_tril, eps.unsqueeze(-1)).squeeze(-1)

    def _half_log_det(self):
        L = self._unbroadcasted_scale_tril
        return jt.log(_diagonal(L)).sum(-1)

    def log_prob(self, value):
        diff = value - self.loc
        L = self._unbroadcasted_scale_tril
        k = self._event_shape[0]
        batch = tuple(np.broadcast_shapes(tuple(diff.shape[:-1]), tuple(L.shape[:-2])))
        solved = jt.matmul(inverse(L).broadcast(batch + (k, k)), diff.broadcast(batch + (k,)).unsqueeze(-1))
        mahalanobis = (solved.squeeze(-1) ** 2).sum(-1)
        return -0.5 * (k * math.log(2 * math.pi) + mahalanobis) - self._half_log_det()

    def entropy(self):
        k = self._event_shape[0]
        h = 0.5 * k * (1.0 + math.log(2 * math.pi)) + self._half_log_det()
        return h if not self._batch_shape else h.broadcast(self._batch_shape)


def _diagonal(L):
    """The diagonals of a (batch of) square matrix(ces), as a (..., k) Var."""
    k = L.shape[-1]
    eye = jt.array(np.eye(k), dtype=str(L.dtype))
    return (L * eye).sum(-1)
