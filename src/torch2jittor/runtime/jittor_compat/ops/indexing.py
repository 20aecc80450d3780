"""torch's indexing, selection and comparison functions."""
from __future__ import annotations

import jittor as jt
import numpy as np

from .._common import is_float, wrap_dim
from .pointwise import _binary, _result_dtype
from .reduction import all_


def where(condition, input=None, other=None):
    if input is None and other is None:
        return nonzero(condition, as_tuple=True)
    if not isinstance(input, jt.Var) and not isinstance(other, jt.Var):
        input = jt.array(input, dtype="float32" if isinstance(input, float) or isinstance(other, float) else "int64")
    a, b = _binary(input, other)
    if str(a.dtype) != str(b.dtype):
        target = _result_dtype(a, b)
        a, b = a.astype(target), b.astype(target)
    return jt.ternary(_bool(condition), a, b)


def nonzero(input, as_tuple=False):
    idx = np.nonzero(input.numpy())
    if as_tuple:
        return tuple(jt.array(i.astype("int64"), dtype="int64") for i in idx)
    return jt.array(np.stack(idx, 1).astype("int64"), dtype="int64")


def argwhere(input):
    return nonzero(input)


def masked_fill(input, mask, value):
    if isinstance(value, jt.Var):
        value = value.astype(input.dtype)
    else:
        value = jt.array(value, dtype=str(input.dtype))
    return jt.ternary(mask, value, input)


def gather(input, dim, index):
    return jt.gather(input, wrap_dim(dim, input.ndim), index)


def take(input, index):
    return input.reshape([-1])[index.reshape([-1])].reshape(index.shape)


def take_along_dim(input, indices, dim=None):
    if dim is None:
        return input.reshape([-1])[indices.reshape([-1])]
    return jt.gather(input, wrap_dim(dim, input.ndim), indices)


def isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    # Computed in numpy: Jittor compiles with -Ofast (NaN/inf comparisons unreliable), and its
    # isposinf/isneginf/isnan kernels combined here crashed the process now and then (1.3.11).
    a, b = _binary(input, other)
    result = np.isclose(a.numpy(), b.numpy(), rtol=rtol, atol=atol, equal_nan=equal_nan)
    return jt.array(result, dtype="bool")


def allclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    return bool(all_(isclose(input, other, rtol, atol, equal_nan)).item())


def equal(input, other):
    if tuple(input.shape) != tuple(other.shape):
        return False
    return bool((input == other).all().item())


def _bool(x):
    return x if str(x.dtype) == "bool" else x != 0


def logical_and(input, other):
    return jt.logical_and(_bool(input), _bool(other))


def logical_or(input, other):
    return jt.logical_or(_bool(input), _bool(other))


def logical_xor(input, other):
    return jt.logical_xor(_bool(input), _bool(other))


def logical_not(input):
    return jt.logical_not(_bool(input))


def eq(input, other):
    return input == other


def ne(input, other):
    return input != other


def gt(input, other):
    return input > other


def lt(input, other):
    return input < other


def ge(input, other):
    return input >= other


def le(input, other):
    return input <= other


greater, less, greater_equal, less_equal, not_equal = gt, lt, ge, le, ne


def maximum(input, other):
    return jt.maximum(input, other)


def minimum(input, other):
    return jt.minimum(input, other)


def fmax(input, other):
    return jt.ternary(jt.isnan(other), input, jt.ternary(jt.isnan(input), other, jt.maximum(input, other)))


def fmin(input, other):
    return jt.ternary(jt.isnan(other), input, jt.ternary(jt.isnan(input), other, jt.minimum(input, other)))


def isnan(input):
    # numpy: see isclose
    return jt.array(np.isnan(input.numpy()), dtype="bool") if is_float(input) else jt.zeros(input.shape, dtype="bool")


def isinf(input):
    # numpy: see isclose
    return jt.array(np.isinf(input.numpy()), dtype="bool") if is_float(input) else jt.zeros(input.shape, dtype="bool")


def isfinite(input):
    # numpy: see isclose
    return jt.array(np.isfinite(input.numpy()), dtype="bool") if is_float(input) else jt.ones(input.shape, dtype="bool")


def isposinf(input):
    # numpy: see isclose
    return jt.array(np.isposinf(input.numpy()), dtype="bool") if is_float(input) else jt.zeros(input.shape, dtype="bool")


def isneginf(input):
    # numpy: see isclose
    return jt.array(np.isneginf(input.numpy()), dtype="bool") if is_float(input) else jt.zeros(input.shape, dtype="bool")


def nan_to_num(input, nan=0.0, posinf=None, neginf=None):
    if not is_float(input):
        return input
    info = np.finfo(str(input.dtype) if str(input.dtype) != "bfloat16" else "float32")
    posinf = float(info.max) if posinf is None else posinf
    neginf = float(info.min) if neginf is None else neginf
    # Computed in numpy: the same three selections in Jittor 1.3.11 crashed or hung its process
    # now and then (segfault in the generated kernel), and values only are needed here.
    values = np.nan_to_num(input.numpy(), nan=nan, posinf=posinf, neginf=neginf)
    return jt.array(values.astype(str(input.dtype)), dtype=str(input.dtype))


def searchsorted(sorted_sequence, input, out_int32=False, right=False, side=None):
    if side is not None:
        right = side == "right"
    seq = sorted_sequence.numpy()
    vals = input.numpy() if isinstance(input, jt.Var) else np.asarray(input)
    if seq.ndim == 1:
        r = np.searchsorted(seq, vals, side="right" if right else "left")
    else:
        r = np.stack([np.searchsorted(s, v, side="right" if right else "left")
                          for s, v in zip(seq.reshape(-1, seq.shape[-1]), vals.reshape(-1, vals.shape[-1]))])
        r = r.reshape(vals.shape)
    dt = "int32" if out_int32 else "int64"
    return jt.array(np.asarray(r).astype(dt), dtype=dt)


def bucketize(input, boundaries, out_int32=False, right=False):
    return searchsorted(boundaries, input, out_int32=out_int32, right=right)
