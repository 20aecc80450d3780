"""torch.distributions.constraints (torch/distributions/constraints.py): the sets a distribution's
parameters (`arg_constraints`) and values (`support`) lie in. `check(value)` gives a bool Var, reduced
over the constraint's event dims as PyTorch's (a simplex is checked per vector); `is_discrete`,
`event_dim`, and the bounds of intervals are PyTorch's."""
from __future__ import annotations

import jittor as jt

from .._zero_dim import as_input


def _var(value):
    return value if isinstance(value, jt.Var) else jt.array(value)


def _reduce_all(ok, dims):
    """ok reduced with `all` over its last `dims` dimensions."""
    for _ in range(dims):
        ok = ok.astype("int32").min(-1).astype("bool")
    return ok


class Constraint:
    is_discrete = False
    event_dim = 0

    def check(self, value):
        raise NotImplementedError

    def __repr__(self):
        return type(self).__name__.lstrip("_") + "()"


class _Dependent(Constraint):
    """A constraint that depends on other parameters (Uniform's low and high): not checked alone."""

    def __init__(self, *, is_discrete=False, event_dim=0):
        self.is_discrete, self.event_dim = is_discrete, event_dim

    def __call__(self, *, is_discrete=False, event_dim=0):
        return _Dependent(is_discrete=is_discrete, event_dim=event_dim)

    def check(self, value):
        raise ValueError("Cannot determine validity of dependent constraint")


def is_dependent(constraint):
    return isinstance(constraint, _Dependent)


class _Elementwise(Constraint):
    """A constraint checked element by element."""

    def _ok(self, value):
        raise NotImplementedError

    def check(self, value):
        value = _var(value)
        return as_input(value, self._ok(value))


class _Real(_Elementwise):
    def _ok(self, value):
        return jt.isnan(value).logical_not()  # Jittor's nan == nan is True (fast math)


class _Boolean(_Elementwise):
    is_discrete = True

    def _ok(self, value):
        return (value == 0) | (value == 1)


class _GreaterThan(_Elementwise):
    def __init__(self, lower_bound):
        self.lower_bound = lower_bound

    def _ok(self, value):
        return value > self.lower_bound

    def __repr__(self):
        return f"GreaterThan(lower_bound={self.lower_bound})"


class _GreaterThanEq(_GreaterThan):
    def _ok(self, value):
        return value >= self.lower_bound

    def __repr__(self):
        return f"GreaterThanEq(lower_bound={self.lower_bound})"


class _LessThan(_Elementwise):
    def __init__(self, upper_bound):
        self.upper_bound = upper_bound

    def _ok(self, value):
        return value < self.upper_bound

    def __repr__(self):
        return f"LessThan(upper_bound={self.upper_bound})"


class _Interval(_Elementwise):
    def __init__(self, lower_bound, upper_bound):
        self.lower_bound, self.upper_bound = lower_bound, upper_bound

    def _ok(self, value):
        return (value >= self.lower_bound) & (value <= self.upper_bound)

    def __repr__(self):
        return f"Interval(lower_bound={self.lower_bound}, upper_bound={self.upper_bound})"


class _HalfOpenInterval(_Interval):
    def _ok(self, value):
        return (value >= self.lower_bound) & (value < self.upper_bound)

    def __repr__(self):
        return f"HalfOpenInterval(lower_bound={self.lower_bound}, upper_bound={self.upper_bound})"


class _IntegerInterval(_Interval):
    is_discrete = True

    def _ok(self, value):
        return (value % 1 == 0) & (value >= self.lower_bound) & (value <= self.upper_bound)

    def __repr__(self):
        return f"IntegerInterval(lower_bound={self.lower_bound}, upper_bound={self.upper_bound})"


class _IntegerGreaterThan(_GreaterThanEq):
    is_discrete = True

    def _ok(self, value):
        return (value % 1 == 0) & (value >= self.lower_bound)

    def __repr__(self):
        return f"IntegerGreaterThan(lower_bound={self.lower_bound})"


class _Independent(Constraint):
    """base_constraint over reinterpreted_batch_ndims more event dims."""

    def __init__(self, base_constraint, reinterpreted_batch_ndims):
        self.base_constraint = base_constraint
        self.reinterpreted_batch_ndims = reinterpreted_batch_ndims

    @property
    def is_discrete(self):
        return self.base_constraint.is_discrete

    @property
    def event_dim(self):
        return self.base_constraint.event_dim + self.reinterpreted_batch_ndims

    def check(self, value):
        value = _var(value)
        ok = self.base_constraint.check(value)
        if ok.ndim < self.reinterpreted_batch_ndims:
            raise ValueError(f"Expected value.dim() >= {self.event_dim} but got {value.ndim}")
        return _reduce_all(ok, self.reinterpreted_batch_ndims)

    def __repr__(self):
        return f"IndependentConstraint({self.base_constraint!r}, {self.reinterpreted_batch_ndims})"


class _Simplex(Constraint):
    event_dim = 1

    def check(self, value):
        value = _var(value)
        return _reduce_all(value >= 0, 1) & ((value.sum(-1) - 1).abs() < 1e-6)


class _OneHot(Constraint):
    is_discrete = True
    event_dim = 1

    def check(self, value):
        value = _var(value)
        return _reduce_all((value == 0) | (value == 1), 1) & (value.sum(-1) == 1)


class _Multinomial(Constraint):
    is_discrete = True
    event_dim = 1

    def __init__(self, upper_bound):
        self.upper_bound = upper_bound

    def check(self, value):
        value = _var(value)
        return _reduce_all(value >= 0, 1) & (value.sum(-1) <= self.upper_bound)


class _LowerTriangular(Constraint):
    event_dim = 2

    def check(self, value):
        value = _var(value)
        return _reduce_all(value.tril() == value, 2)


class _LowerCholesky(Constraint):
    event_dim = 2

    def check(self, value):
        value = _var(value)
        n = value.shape[-1]
        diagonal = value[..., jt.arange(n), jt.arange(n)] if n else value.sum(-1)
        return _reduce_all(value.tril() == value, 2) & _reduce_all(diagonal > 0, 1)


class _Symmetric(Constraint):
    event_dim = 2

    def check(self, value):
        value = _var(value)
        return _reduce_all((value - value.transpose(-2, -1)).abs() <= 1e-6 * (1 + value.abs()), 2)


class _PositiveDefinite(_Symmetric):
    def check(self, value):
        import numpy as np

        value = _var(value)
        symmetric = super().check(value)
        eig = np.linalg.eigvalsh(value.numpy())
        positive = jt.array(np.asarray((eig > 0).all(-1)).reshape(-1))
        return symmetric & positive.reshape(tuple(symmetric.shape))


dependent = _Dependent()
real = _Real()
boolean = _Boolean()
nonnegative = _GreaterThanEq(0.0)
positive = _GreaterThan(0.0)
unit_interval = _Interval(0.0, 1.0)
nonnegative_integer = _IntegerGreaterThan(0)
positive_integer = _IntegerGreaterThan(1)
real_vector = _Independent(real, 1)
simplex = _Simplex()
one_hot = _OneHot()
lower_triangular = _LowerTriangular()
lower_cholesky = _LowerCholesky()
symmetric = _Symmetric()
positive_definite = _PositiveDefinite()
greater_than = _GreaterThan
greater_than_eq = _GreaterThanEq
less_than = _LessThan
interval = _Interval
half_open_interval = _HalfOpenInterval
integer_interval = _IntegerInterval
independent = _Independent
multinomial = _Multinomial
