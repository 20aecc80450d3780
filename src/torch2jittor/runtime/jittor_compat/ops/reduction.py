"""torch's reductions, sorts and scans with PyTorch's dims, dtypes and return types.

Helpers whose torch name is a Python builtin (sum, max, min, all, any) carry a trailing underscore.
"""
from __future__ import annotations

import builtins
import collections

import jittor as jt
import numpy as np

from .._zero_dim import reduction
from .._common import (
    MinMax, ValuesIndices, as_int64, dtype_arg, float_of, is_float, precise_mean, precise_sum, var_keeping_dtype,
    wrap_dim, wrap_dims,
)


def _acc_dtype(x, dtype):
    if dtype is not None:
        return dtype_arg(dtype)
    d = str(x.dtype)
    return "int64" if d == "bool" or d.startswith("int") or d.startswith("uint") else d


@reduction
def sum_(input, dim=None, keepdim=False, dtype=None):
    x = input.astype(_acc_dtype(input, dtype))
    dims = wrap_dims(dim, x.ndim)
    return precise_sum(x, dims, keepdim) if is_float(x) else _kept(x.sum(dims, keepdims=keepdim), x)


def _kept(out, x):
    # Var.sum/prod of a small integer dtype give int64 (the helper package's PyTorch default): a
    # `dtype=torch.int32` asked for keeps int32
    return out if out.dtype == x.dtype else out.astype(x.dtype)


@reduction
def mean(input, dim=None, keepdim=False, dtype=None):
    x = input if dtype is None else input.astype(dtype_arg(dtype))
    if not is_float(x):
        raise RuntimeError(f"mean(): could not infer output dtype. Input dtype must be either a floating point "
                           f"or complex dtype. Got: {x.dtype}")
    return precise_mean(x, wrap_dims(dim, x.ndim), keepdim)


@reduction
def prod(input, dim=None, keepdim=False, dtype=None):
    x = input.astype(_acc_dtype(input, dtype))
    if dim is None:
        return _kept(x.reshape([-1]).prod(0), x)
    return _kept(x.prod(wrap_dim(dim, x.ndim), keepdims=keepdim), x)


def _correction(unbiased, correction):
    if correction is not None:
        return correction
    return 1 if unbiased is None or unbiased else 0


@reduction
def var(input, dim=None, unbiased=None, keepdim=False, correction=None):
    if isinstance(dim, bool):  # var(input, unbiased)
        dim, unbiased = None, dim
    dims = wrap_dims(dim, input.ndim)
    n = 1
    for d in dims:
        n *= input.shape[d]
    mu = precise_mean(input, dims, keepdims=True)
    c = input - mu
    ss = precise_sum(c * c, dims, keepdim)
    denom = n - _correction(unbiased, correction)
    return ss / denom if denom > 0 else ss / 0.0


@reduction
def std(input, dim=None, unbiased=None, keepdim=False, correction=None):
    if isinstance(dim, bool):
        dim, unbiased = None, dim
    return jt.sqrt(var(input, dim, unbiased, keepdim, correction=correction))


@reduction
def var_mean(input, dim=None, unbiased=None, keepdim=False, correction=None):
    if isinstance(dim, bool):
        dim, unbiased = None, dim
    return var(input, dim, unbiased, keepdim, correction=correction), mean(input, dim, keepdim)


@reduction
def std_mean(input, dim=None, unbiased=None, keepdim=False, correction=None):
    if isinstance(dim, bool):
        dim, unbiased = None, dim
    return std(input, dim, unbiased, keepdim, correction=correction), mean(input, dim, keepdim)


def _nonempty(name, input, dims):
    """PyTorch's max/min/argmax/argmin/amax/amin have no identity: over an empty dimension (or an
    empty input without a dim) they raise; Jittor's give -FLT_MAX, FLT_MAX or index 0. `dims`: the
    reduced dimensions, None for a reduction over everything."""
    if input.numel() != 0:
        return
    if dims is None:
        raise (IndexError if name.startswith("arg") else RuntimeError)(
            f"{name}(): Expected reduction dim to be specified for input.numel() == 0.")
    for d in dims:
        if input.shape[d] == 0:
            raise IndexError(f"{name}(): Expected reduction dim {d} to have non-zero size.")


def _first_nan_wins(input, dim, keepdim, idx, values):
    """PyTorch's argmax, argmin, max(dim) and min(dim) pick the first NaN of a slice holding one
    (its value is NaN); Jittor's comparisons skip NaN. (jt.isnan compiles without -Ofast, whose
    finite-math assumption makes `x != x` false for a NaN in Jittor's other kernels.)"""
    if not input.dtype.is_float():
        return idx, values
    nan = jt.isnan(input).astype("int32")
    nan_idx, has_nan = jt.argmax(nan, dim, keepdims=keepdim)
    has_nan = has_nan > 0
    return jt.ternary(has_nan, nan_idx, idx), jt.ternary(has_nan, jt.full_like(values, float("nan")), values)


def _nan_as_largest(input):
    """The sort key of a float input: PyTorch orders NaN above every number (sort puts it last,
    topk(largest=True) picks it first); Jittor's comparisons skip it."""
    if not input.dtype.is_float():
        return input
    return jt.ternary(jt.isnan(input), jt.full_like(input, float("inf")), input)


def _arg(input, dim, keepdim, largest):
    _nonempty("argmax" if largest else "argmin", input, None if dim is None else (wrap_dim(dim, input.ndim),))
    if dim is None:
        flat = input.reshape([-1])
        idx, _ = _first_nan_wins(flat, 0, False, *(jt.argmax if largest else jt.argmin)(flat, 0))
        return as_int64(idx.reshape([1, ] * input.ndim) if keepdim else idx)
    dim = wrap_dim(dim, input.ndim)
    idx, _ = _first_nan_wins(input, dim, keepdim, *(jt.argmax if largest else jt.argmin)(input, dim, keepdims=keepdim))
    return as_int64(idx)


@reduction
def argmax(input, dim=None, keepdim=False):
    return _arg(input, dim, keepdim, True)


@reduction
def argmin(input, dim=None, keepdim=False):
    return _arg(input, dim, keepdim, False)


def _evenly(input, value, dims, keepdim, nan_wins=True):
    """`value` (input reduced over `dims` by max, min or median, the dims kept) with PyTorch's
    gradient for full reductions and amax/amin: split evenly between the elements equal to it
    (Jittor's max gives each of them all of it; a value picked by index gives it to one). Where the
    reduced elements hold a NaN the result is NaN (Jittor's max skips NaN; `nan_wins`)."""
    if not input.dtype.is_float() or input.numel() == 0:
        out = value
    else:
        v = value.stop_grad()
        finite = (v - v) == 0
        base = jt.ternary(finite, v, jt.zeros_like(v))
        tied = input == v.broadcast(input.shape)
        count = tied.astype(input.dtype).sum(dims, keepdims=True)
        # ties give input - base == 0 exactly, the others base - base (no arithmetic on a NaN or an
        # infinity): the value stays `value`, the gradient is 1/count each
        spread = base.broadcast(input.shape)
        share = (jt.ternary(tied, input, spread) - spread).sum(dims, keepdims=True)
        out = base + share / count
        if nan_wins:
            has_nan = jt.isnan(input).astype("int32").sum(dims, keepdims=True) > 0
            out = jt.ternary(has_nan, jt.full_like(out, float("nan")), out)
    if keepdim:
        return out
    kept = [n for i, n in enumerate(out.shape) if i not in dims]
    return out.reshape(kept or [1])


def _full_extreme(input, dims, keepdim, largest):
    dims = list(dims)
    value = input.max(dims, keepdims=True) if largest else input.min(dims, keepdims=True)
    # Jittor's max/min over dims of a float16 Var give float32 (PyTorch keeps the dtype)
    value = value if value.dtype == input.dtype else value.astype(input.dtype)
    return _evenly(input, value, dims, keepdim)


def _minmax(input, dim, keepdim, largest):
    if dim is None:
        _nonempty("max" if largest else "min", input, None)
        return _full_extreme(input, range(input.ndim), False, largest)
    if isinstance(dim, jt.Var):  # max(input, other): elementwise
        from .indexing import maximum, minimum  # indexing imports this module

        return maximum(input, dim) if largest else minimum(input, dim)
    d = wrap_dim(dim, input.ndim)
    _nonempty("max" if largest else "min", input, (d,))
    # the values argmax/argmin return, not Jittor's max/min: PyTorch's gradient goes to the returned
    # index only (Jittor's max gives it to every tied maximum) and a NaN is picked (Jittor's max skips it)
    idx, values = (jt.argmax if largest else jt.argmin)(input, d, keepdims=keepdim)
    idx, values = _first_nan_wins(input, d, keepdim, idx, values)
    return ValuesIndices(values, as_int64(idx))


@reduction
def max_(input, dim=None, keepdim=False, other=None):
    return _minmax(input, dim if other is None else other, keepdim, True)


@reduction
def min_(input, dim=None, keepdim=False, other=None):
    return _minmax(input, dim if other is None else other, keepdim, False)


@reduction
def amax(input, dim=(), keepdim=False):
    _nonempty("amax", input, None if dim in ((), [], None) else wrap_dims(dim, input.ndim))
    return _full_extreme(input, wrap_dims(dim, input.ndim), keepdim, True)


@reduction
def amin(input, dim=(), keepdim=False):
    _nonempty("amin", input, None if dim in ((), [], None) else wrap_dims(dim, input.ndim))
    return _full_extreme(input, wrap_dims(dim, input.ndim), keepdim, False)


@reduction
def aminmax(input, dim=None, keepdim=False):
    return MinMax(amin(input, dim, keepdim), amax(input, dim, keepdim))


@reduction
def all_(input, dim=None, keepdim=False):
    x = input if str(input.dtype) == "bool" else input != 0
    r = x.astype("int32").min(wrap_dims(dim, x.ndim), keepdims=keepdim) > 0
    return r if str(input.dtype) != "uint8" else r.astype("uint8")


@reduction
def any_(input, dim=None, keepdim=False):
    x = input if str(input.dtype) == "bool" else input != 0
    r = x.astype("int32").max(wrap_dims(dim, x.ndim), keepdims=keepdim) > 0
    return r if str(input.dtype) != "uint8" else r.astype("uint8")


@reduction
def logsumexp(input, dim, keepdim=False):
    dims = wrap_dims(dim, input.ndim)
    x = float_of(input)
    m = x.max(dims, keepdims=True)
    m = jt.ternary(jt.isinf(m), jt.zeros_like(m), m)
    s = jt.exp(x - m).sum(dims, keepdims=keepdim)
    if not keepdim:
        m = m.reshape([n for i, n in enumerate(m.shape) if i not in dims] or [1])
    return jt.log(s) + m


@reduction
def norm(input, p="fro", dim=None, keepdim=False, dtype=None):
    x = input if dtype is None else input.astype(dtype_arg(dtype))
    dims = wrap_dims(dim, x.ndim)
    if p is None or p == "fro" or p == 2:
        return jt.sqrt((x * x).sum(dims, keepdims=keepdim))
    if p == "nuc":
        from .linalg import linalg_matrix_norm  # linalg's helpers import this module

        return linalg_matrix_norm(x, "nuc", (-2, -1) if dim is None else tuple(dims), keepdim)
    a = jt.abs(x)
    if p == float("inf"):
        return a.max(dims, keepdims=keepdim)
    if p == float("-inf"):
        return a.min(dims, keepdims=keepdim)
    if p == 0:
        return (a != 0).astype(x.dtype).sum(dims, keepdims=keepdim)
    if p == 1:
        return a.sum(dims, keepdims=keepdim)
    return jt.pow(jt.pow(a, p).sum(dims, keepdims=keepdim), 1.0 / p)


@reduction
def count_nonzero(input, dim=None):
    return (input != 0).astype("int64").sum(wrap_dims(dim, input.ndim))


def cumsum(input, dim, dtype=None):
    x = input.astype(_acc_dtype(input, dtype))
    return jt.cumsum(x, wrap_dim(dim, x.ndim))


def cumprod(input, dim, dtype=None):
    # jt.cumprod is exp(cumsum(log(x))): wrong for zeros and negatives. A Hillis-Steele scan.
    x = input.astype(_acc_dtype(input, dtype))
    dim = wrap_dim(dim, x.ndim)
    n = x.shape[dim]
    lead = (slice(None),) * dim
    shift = 1
    while shift < n:
        pad_shape = list(x.shape)
        pad_shape[dim] = shift
        prev = jt.concat([jt.ones(pad_shape, dtype=str(x.dtype)), x[lead + (slice(0, n - shift),)]], dim)
        x = x * prev
        shift *= 2
    return x


def topk(input, k, dim=None, largest=True, sorted=True):
    if dim is None:
        dim = -1
    dim = wrap_dim(dim, input.ndim)
    if not input.dtype.is_float():
        values, indices = jt.topk(input, k, dim, largest, sorted)
        return ValuesIndices(values, as_int64(indices))
    _, indices = jt.topk(_nan_as_largest(input), k, dim, largest, sorted)
    return ValuesIndices(jt.gather(input, dim, indices), as_int64(indices))


def sort(input, dim=-1, descending=False, stable=False):
    dim = wrap_dim(dim, input.ndim)
    idx = argsort(input, dim, descending, stable=stable)
    return ValuesIndices(jt.gather(input, dim, idx), idx)


def argsort(input, dim=-1, descending=False, stable=False):
    dim = wrap_dim(dim, input.ndim)
    if not stable:  # PyTorch leaves the order of ties unspecified: Jittor's sort will do
        idx, _ = jt.argsort(_nan_as_largest(input), dim, descending)
        return as_int64(idx)
    # stable=True: ties keep their input order, in both directions (computed on the host)
    data = input.numpy()
    if descending:
        key = ~data if data.dtype == bool else -data.astype("float64") if data.dtype.kind in "iu" else -data
    else:
        key = data
    idx = np.argsort(key, axis=dim, kind="stable")
    return jt.array(idx.astype("int64"), dtype="int64")


def msort(input):
    return sort(input, 0)[0]


def cummax(input, dim):
    return _cumext(input, dim, True)


def cummin(input, dim):
    return _cumext(input, dim, False)


def _cumext(input, dim, largest):
    dim = wrap_dim(dim, input.ndim)
    data = np.moveaxis(input.numpy(), dim, -1)
    idx = np.empty(data.shape, dtype="int64")
    best = data[..., 0].copy()
    best_i = np.zeros(data.shape[:-1], dtype="int64")
    for i in range(data.shape[-1]):
        cur = data[..., i]
        better = (cur >= best) if largest else (cur <= best)
        if data.dtype.kind == "f":  # as PyTorch: a NaN takes over, and keeps its place to the end
            better = ~np.isnan(best) & (np.isnan(cur) | better)
        best = np.where(better, cur, best)
        best_i = np.where(better, i, best_i)
        idx[..., i] = best_i
    index = np.moveaxis(idx, -1, dim)
    # the values gathered from input at the indices found on the host: they keep their gradient
    return ValuesIndices(jt.gather(input, dim, jt.array(index.astype("int32"))), jt.array(index, dtype="int64"))


def _picked(input, dim, keepdim, position):
    """(values, int64 indices) of the element each slice along `dim` picks: `position(row)` gives
    the index of the picked element of a numpy row. The indices are found in numpy; the values are
    gathered from input (they keep their gradient)."""
    d = wrap_dim(dim, input.ndim)
    rows = np.moveaxis(input.numpy(), d, -1)
    index = np.apply_along_axis(position, -1, rows.reshape(-1, rows.shape[-1]))
    index = np.expand_dims(index.reshape(rows.shape[:-1]).astype("int64"), d)
    values = jt.gather(input, d, jt.array(index.astype("int32")))
    indices = jt.array(index).astype("int64")
    if not keepdim:  # a 1-D input gives shape [1]: Jittor's stand-in for PyTorch's 0-d result
        shape = [n for i, n in enumerate(values.shape) if i != d] or [1]
        values, indices = values.reshape(shape), indices.reshape(shape)
    return ValuesIndices(values, indices)


def _median_position(row):
    """torch.median: the first NaN if there is one, else the lower median in stable order."""
    nan = np.isnan(row) if row.dtype.kind == "f" else np.zeros(row.shape, bool)
    if nan.any():
        return int(np.argmax(nan))
    return int(np.argsort(row, kind="stable")[(row.shape[0] - 1) // 2])


def _nanmedian_position(row):
    """torch.nanmedian: the lower median of the non-NaN values (NaN when all are NaN)."""
    nan = np.isnan(row) if row.dtype.kind == "f" else np.zeros(row.shape, bool)
    count = int((~nan).sum())
    if count == 0:
        return 0
    return int(np.argsort(row, kind="stable")[(count - 1) // 2])  # numpy sorts NaN last


def _flat_median(input, position):
    """The median of all elements; its gradient split evenly between the elements equal to it (PyTorch's)."""
    flat = input.reshape([-1])
    value = _picked(flat, 0, True, position).values
    # the picked value already is NaN where PyTorch's is (any NaN)
    return _evenly(input, value.reshape([1] * input.ndim), list(range(input.ndim)), False, nan_wins=False)


@reduction
def median(input, dim=None, keepdim=False):
    """Without dim: the lower median of all elements; with dim: (values, int64 indices). Indices
    are found in numpy."""
    if dim is None:
        return _flat_median(input, _median_position)
    return _picked(input, dim, keepdim, _median_position)


@reduction
def nanmedian(input, dim=None, keepdim=False):
    if dim is None:
        return _picked(input.reshape([-1]), 0, True, _nanmedian_position).values
    return _picked(input, dim, keepdim, _nanmedian_position)


def _mode_position(row):
    """torch.mode: the smallest of the most frequent values, at its last occurrence."""
    values, counts = np.unique(row, return_counts=True)
    value = values[np.argmax(counts)]
    return int(np.nonzero(row == value)[0][-1])


@reduction
def mode(input, dim=-1, keepdim=False):
    return _picked(input, dim, keepdim, _mode_position)


def kthvalue(input, k, dim=-1, keepdim=False):
    """(values, int64 indices) of the k-th smallest element along dim (stable among equals)."""
    return _picked(input, dim, keepdim, lambda row: int(np.argsort(row, kind="stable")[k - 1]))


def _lerp(a, b, w):
    """torch.lerp's formula (its choice of end point for weights >= 0.5 decides inf/nan cases)."""
    return np.where(w < 0.5, a + w * (b - a), b - (b - a) * (1 - w))


def _quantile(input, q, dim, keepdim, interpolation, ignore_nan):
    """torch.quantile's algorithm in numpy: sort (NaN last), rank q * (n - 1) among the (non-NaN)
    values, pick or interpolate between the values at floor and ceil of the rank."""
    if interpolation not in ("linear", "lower", "higher", "midpoint", "nearest"):
        raise RuntimeError(f"quantile() interpolation must be one of linear, lower, higher, midpoint or nearest. "
                           f"Got {interpolation}")
    x = input.numpy()
    qs = np.asarray(q.numpy() if isinstance(q, jt.Var) else q, dtype=x.dtype)
    axis = None if dim is None else wrap_dim(dim, x.ndim)
    rows = np.sort(x.reshape(-1) if axis is None else np.moveaxis(x, axis, -1), axis=-1)
    n = rows.shape[-1]
    nan = np.isnan(rows)
    qcol = qs.reshape((-1,) + (1,) * rows.ndim)
    if ignore_nan:
        count = (~nan).sum(-1, keepdims=True)
        ranks = np.where(count == 0, n - 1, qcol * (count - 1))
    else:
        ranks = np.where(nan.any(-1, keepdims=True), n - 1, qcol * (n - 1))
    below, above = np.floor(ranks).astype("int64"), np.ceil(ranks).astype("int64")
    rows = np.broadcast_to(rows, (qcol.shape[0],) + rows.shape)
    pick = lambda idx: np.take_along_axis(rows, idx, -1)  # noqa: E731
    if interpolation == "lower":
        out = pick(below)
    elif interpolation == "higher":
        out = pick(above)
    elif interpolation == "nearest":
        out = pick(np.round(ranks).astype("int64"))
    else:
        weight = ranks - below if interpolation == "linear" else np.full(ranks.shape, 0.5, x.dtype)
        out = _lerp(pick(below), pick(above), weight.astype(x.dtype))
    out = out[..., 0]
    if keepdim:
        out = out.reshape(out.shape[:1] + ((1,) * x.ndim if axis is None else
                                            out.shape[1:axis + 1] + (1,) + out.shape[axis + 1:]))
    if qs.ndim == 0:
        out = out[0]
    return var_keeping_dtype(np.ascontiguousarray(out).astype(x.dtype))


def quantile(input, q, dim=None, keepdim=False, interpolation="linear"):
    """Computed in numpy (no gradient): a 1-D q puts its dimension first, as in PyTorch."""
    return _quantile(input, q, dim, keepdim, interpolation, False)


def nanquantile(input, q, dim=None, keepdim=False, interpolation="linear"):
    """Computed in numpy (no gradient), NaNs ignored."""
    return _quantile(input, q, dim, keepdim, interpolation, True)


def logcumsumexp(input, dim):
    """log(cumsum(exp(x))) shifted by the maximum along dim, so that it does not overflow."""
    x = float_of(input)
    d = wrap_dim(dim, x.ndim)
    shift = x.max(d, keepdims=True).stop_grad()
    shift = jt.ternary(shift.abs() == float("inf"), jt.zeros_like(shift), shift)
    return jt.log(jt.cumsum(jt.exp(x - shift), d)) + shift


def bincount(input, weights=None, minlength=0):
    """Computed in numpy (no gradient): int64 counts, or sums of the weights (float32 weights stay
    float32, others give float64, as in PyTorch)."""
    x = input.numpy().astype("int64")
    if weights is None:
        return var_keeping_dtype(np.bincount(x, minlength=minlength).astype("int64"))
    w = weights.numpy()
    dtype = "float32" if w.dtype == np.float32 else "float64"
    return var_keeping_dtype(np.bincount(x, weights=w.astype("float64"), minlength=minlength).astype(dtype))


def histc(input, bins=100, min=0, max=0):
    """Computed in numpy (no gradient): `bins` equal bins over [min, max] (the data's range when
    both are 0); values outside are ignored."""
    x = input.numpy()
    lo, hi = float(min), float(max)
    if lo == hi and x.size:
        lo, hi = float(x.min()), float(x.max())
    if lo == hi:
        lo, hi = lo - 1, hi + 1
    counts, _ = np.histogram(x, bins=bins, range=(lo, hi))
    return var_keeping_dtype(counts.astype(x.dtype))


def cov(input, correction=1, fweights=None, aweights=None):
    """Covariance of the rows (variables) over the columns (observations), weighted as PyTorch's."""
    x = float_of(input)
    x = x.reshape([1, -1]) if x.ndim < 2 else x
    n = x.shape[1]
    w = None
    if fweights is not None:
        w = fweights.astype(x.dtype)
    if aweights is not None:
        w = aweights.astype(x.dtype) if w is None else w * aweights.astype(x.dtype)
    if w is None:
        mean = x.mean(1, keepdims=True)
        norm = n - correction
        centered = x - mean
        out = jt.matmul(centered, centered.transpose(1, 0)) / max(norm, 0)
    else:
        total = w.sum()
        mean = (x * w).sum(1, keepdims=True) / total
        if aweights is None:
            norm = total - correction
        else:
            norm = total - correction * (w * aweights.astype(x.dtype)).sum() / total
        norm = jt.maximum(norm, jt.zeros_like(norm))
        centered = x - mean
        out = jt.matmul(centered * w, centered.transpose(1, 0)) / norm
    return out.reshape([1]) if input.ndim < 2 else out


def corrcoef(input):
    c = cov(input)
    if input.ndim < 2:
        return c / c
    d = jt.sqrt(jt.diag(c))
    c = c / d.reshape([-1, 1]) / d.reshape([1, -1])
    return jt.clamp(c, -1.0, 1.0)


def _trapezoid_parts(y, x, dx, dim):
    d = wrap_dim(dim, y.ndim)
    lead = (slice(None),) * d
    y = float_of(y)
    pairs = (y[lead + (slice(1, None),)] + y[lead + (slice(None, -1),)]) / 2
    if x is None:
        return pairs * (1 if dx is None else dx), d
    if x.ndim == 1:
        view = [1] * y.ndim
        view[d] = x.shape[0] - 1
        spacing = (x[1:] - x[:-1]).reshape(view)
    else:
        xl = (slice(None),) * wrap_dim(dim, x.ndim)
        spacing = x[xl + (slice(1, None),)] - x[xl + (slice(None, -1),)]
    return pairs * spacing, d


def trapezoid(y, x=None, dx=None, dim=-1):
    parts, d = _trapezoid_parts(y, x, dx, dim)
    return parts.sum(d)


def cumulative_trapezoid(y, x=None, dx=None, dim=-1):
    parts, d = _trapezoid_parts(y, x, dx, dim)
    return jt.cumsum(parts, d)


_Histogram = collections.namedtuple("histogram", ["hist", "bin_edges"])
_Histogramdd = collections.namedtuple("histogramdd", ["hist", "bin_edges"])


def _linspace_edges(lo, hi, bins, dtype):
    """PyTorch's linspace(lo, hi, bins + 1) in the input's dtype: the first half stepped up from lo, the
    second down from hi, as its kernel computes them."""
    lo, hi = np.asarray(lo, dtype), np.asarray(hi, dtype)
    step = (hi - lo) / np.asarray(bins, dtype)
    i = np.arange(bins + 1)
    half = (bins + 1) // 2
    return np.where(i < half, lo + step * i.astype(dtype), hi - step * (bins - i).astype(dtype)).astype(dtype)


def _histogram_edges(column, bins, lo_hi):
    """The bin edges of one dimension: the given edges, or `bins` equal bins over range (the data's
    range when None; widened by 0.5 on each side when empty)."""
    if not isinstance(bins, (int, np.integer)):
        return np.asarray(bins.numpy() if isinstance(bins, jt.Var) else bins, column.dtype)
    if lo_hi is None:
        lo, hi = (float(column.min()), float(column.max())) if column.size else (0.0, 0.0)
    else:
        lo, hi = (float(v) for v in lo_hi)
    if lo > hi:
        raise RuntimeError(f"histogramdd(): min should not exceed max, but got min {lo} max {hi}")
    if lo == hi:
        lo, hi = lo - 0.5, hi + 0.5
    return _linspace_edges(lo, hi, int(bins), column.dtype)


def _check_histogram_input(x, name):
    if x.dtype.kind != "f":
        raise NotImplementedError(f'"{name}" not implemented for \'{str(x.dtype)}\'')


def histogram(input, bins=100, range=None, weight=None, density=False):
    """Computed in numpy (no gradient): counts (weight sums) in each bin, the rightmost edge included;
    `bins` is a number of equal bins over range (the data's range by default) or the edges themselves."""
    x = input.numpy().reshape(-1)
    _check_histogram_input(x, "histogram_cpu")
    edges = _histogram_edges(x, bins, range)
    w = None if weight is None else weight.numpy().reshape(-1)
    hist, _ = np.histogram(x, bins=edges, weights=w, density=density)
    return _Histogram(var_keeping_dtype(hist.astype(x.dtype)), var_keeping_dtype(edges.astype(x.dtype)))


def histogramdd(input, bins, range=None, weight=None, density=False):
    """Computed in numpy (no gradient): the histogram of the rows of input (N, D), bins per dimension
    (one number for all, a number each, or the edges each); range is [lo0, hi0, lo1, hi1, ...]."""
    x = input.numpy()
    _check_histogram_input(x, "histogramdd")
    x = x.reshape(-1, x.shape[-1])
    d = x.shape[1]
    per_dim = [bins] * d if isinstance(bins, (int, np.integer)) else list(bins)
    edges = [_histogram_edges(x[:, k], per_dim[k], None if range is None else range[2 * k:2 * k + 2])
             for k in builtins.range(d)]
    w = None if weight is None else weight.numpy().reshape(-1)
    hist, _ = np.histogramdd(x, bins=edges, weights=w, density=density)
    return _Histogramdd(var_keeping_dtype(hist.astype(x.dtype)),
                        tuple(var_keeping_dtype(e.astype(x.dtype)) for e in edges))

