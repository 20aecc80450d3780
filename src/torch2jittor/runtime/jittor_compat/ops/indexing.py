"""torch's indexing, selection and comparison functions."""
from __future__ import annotations

import jittor as jt
import numpy as np

from .._common import is_float, var_keeping_dtype, wrap_dim
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


def _split_ties(picked, input, other):
    """PyTorch splits the gradient of a tie evenly between the two operands; Jittor's maximum and
    minimum give it to one of them. A tie's value is the operands' mean: the same number."""
    if not (isinstance(input, jt.Var) and isinstance(other, jt.Var) and is_float(picked)):
        return picked
    return jt.ternary(input == other, input * 0.5 + other * 0.5, picked)


def _promoted(input, other):
    """Two Vars of PyTorch's result dtype (Jittor widens float32 with int64 to float64)."""
    if isinstance(input, jt.Var) and isinstance(other, jt.Var) and input.dtype != other.dtype:
        return _binary(input, other)
    return input, other


def maximum(input, other):
    input, other = _promoted(input, other)
    return _split_ties(jt.maximum(input, other), input, other)


def minimum(input, other):
    input, other = _promoted(input, other)
    return _split_ties(jt.minimum(input, other), input, other)


def fmax(input, other):
    input, other = _promoted(input, other)
    return jt.ternary(jt.isnan(other), input, jt.ternary(jt.isnan(input), other, jt.maximum(input, other)))


def fmin(input, other):
    input, other = _promoted(input, other)
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


def _spread(index, dim, shape):
    """A 1-D index along `dim`, broadcast to `shape` (the form jt.scatter takes)."""
    view = [1] * len(shape)
    view[dim] = index.shape[0]
    return index.reshape(view).broadcast(list(shape))


def _scatter(x, dim, index, src, reduce="void"):
    """x.scatter out of place. Jittor's scatter is a setitem, which writes into x's own buffer when
    nothing else reads x yet: the input tensor changed once the result was computed."""
    return x.clone().scatter(dim, index, src, reduce=reduce)


def index_add(input, dim, index, source, alpha=1):
    dim = wrap_dim(dim, input.ndim)
    values = source * alpha if alpha != 1 else source
    return _scatter(input, dim, _spread(index.reshape([-1]), dim, source.shape), values.astype(input.dtype),
                    reduce="add")


def index_copy(input, dim, index, source):
    dim = wrap_dim(dim, input.ndim)
    return _scatter(input, dim, _spread(index.reshape([-1]), dim, source.shape), source.astype(input.dtype))


def index_fill(input, dim, index, value):
    dim = wrap_dim(dim, input.ndim)
    picked = np.zeros(input.shape[dim], dtype=bool)
    picked[index.numpy().reshape(-1)] = True
    view = [1] * input.ndim
    view[dim] = input.shape[dim]
    mask = jt.array(picked.reshape(view)).broadcast(input.shape)
    if isinstance(value, jt.Var):  # a 0-d tensor
        fill = value.astype(input.dtype).reshape([1] * input.ndim).broadcast(input.shape)
    else:
        fill = jt.full_like(input, value)
    return jt.ternary(mask, fill, input)


def _flat_positions(shape, indices):
    """The row-major positions over the leading dims of `shape` that PyTorch's advanced indexing
    `x[indices]` (a tuple of index tensors or one bool mask) selects, found in numpy."""
    arrays = []
    for index in indices:
        a = index.numpy() if isinstance(index, jt.Var) else np.asarray(index)
        if a.dtype == bool:
            arrays.extend(np.nonzero(a))
        else:
            arrays.append(a.astype("int64"))
    arrays = np.broadcast_arrays(*arrays)
    lead = shape[:len(arrays)]
    arrays = [np.where(a < 0, a + n, a) for a, n in zip(arrays, lead)]
    return np.ravel_multi_index(arrays, lead).reshape(-1), arrays[0].shape, len(arrays)


def index_put(input, indices, values, accumulate=False):
    """x[indices] = values (or += with accumulate), out of place: the positions are found in numpy,
    the values scattered with their gradient."""
    positions, picked_shape, k = _flat_positions(list(input.shape), indices)
    rest = list(input.shape[k:])
    flat = input.reshape([-1] + rest)
    if not isinstance(values, jt.Var):
        values = jt.array(np.asarray(values)).astype(input.dtype)
    values = values.astype(input.dtype).broadcast(list(picked_shape) + rest).reshape([len(positions)] + rest)
    index = jt.array(positions.astype("int32")).reshape([-1] + [1] * len(rest)).broadcast(values.shape)
    out = _scatter(flat, 0, index, values, reduce="add" if accumulate else "void")
    return out.reshape(input.shape)


def masked_scatter(input, mask, source):
    """source's leading elements copied, in order, to where mask (broadcast to input) is True."""
    shape = list(np.broadcast_shapes(tuple(input.shape), tuple(mask.shape)))
    positions = np.flatnonzero(np.broadcast_to(mask.numpy(), shape))
    flat = input.broadcast(shape).reshape([-1])
    if len(positions) == 0:
        return flat.reshape(shape)
    values = source.reshape([-1])[:len(positions)].astype(input.dtype)
    return _scatter(flat, 0, jt.array(positions.astype("int32")), values).reshape(shape)


def put(input, index, source, accumulate=False):
    flat = input.reshape([-1])
    positions = index.reshape([-1]).numpy().astype("int64")
    positions = np.where(positions < 0, positions + flat.shape[0], positions)
    out = _scatter(flat, 0, jt.array(positions.astype("int32")), source.reshape([-1]).astype(input.dtype),
                   reduce="add" if accumulate else "void")
    return out.reshape(input.shape)


def scatter(input, dim, index, src=None, value=None, reduce=None):
    """PyTorch's scatter: src (or a number `value`) written, added or multiplied at index along dim;
    only index's extent of src is read."""
    dim = wrap_dim(dim, input.ndim)
    if src is None or not isinstance(src, jt.Var):
        fill = value if src is None else src
        src = jt.full(list(index.shape), fill, dtype=input.dtype)
    else:
        src = src[tuple(slice(0, n) for n in index.shape)].astype(input.dtype)
    modes = {None: "void", "add": "add", "multiply": "multiply"}
    if reduce not in modes:
        raise RuntimeError(f"reduce argument must be either add or multiply. Got {reduce}")
    return _scatter(input, dim, index, src, reduce=modes[reduce])


def scatter_add(input, dim, index, src):
    return scatter(input, dim, index, src, reduce="add")


def scatter_reduce(input, dim, index, src, reduce, include_self=True):
    """Computed in numpy (no gradient): sum, prod, mean, amax or amin of the src values scattered
    to each position, with the input's own value unless include_self is False."""
    ufuncs = {"sum": np.add, "prod": np.multiply, "mean": np.add, "amax": np.maximum, "amin": np.minimum}
    if reduce not in ufuncs:
        raise RuntimeError(f"reduce argument must be either sum, prod, mean, amax or amin, got {reduce}")
    dim = wrap_dim(dim, input.ndim)
    out = input.numpy().copy()
    idx = index.numpy().astype("int64")
    values = src.numpy()[tuple(slice(0, n) for n in idx.shape)].astype(out.dtype)
    where = list(np.indices(idx.shape))
    where[dim] = np.where(idx < 0, idx + out.shape[dim], idx)
    where = tuple(where)
    hit = np.zeros(out.shape, dtype=bool)
    hit[where] = True
    if not include_self:
        identity = {"sum": 0, "mean": 0, "prod": 1,
                    "amax": -np.inf if out.dtype.kind == "f" else np.iinfo(out.dtype).min,
                    "amin": np.inf if out.dtype.kind == "f" else np.iinfo(out.dtype).max}[reduce]
        out[hit] = identity
    ufuncs[reduce].at(out, where, values)
    if reduce == "mean":
        count = np.zeros(out.shape, dtype="int64")
        np.add.at(count, where, 1)
        count = count + (1 if include_self else 0)
        count = np.maximum(count, 1)
        out = np.where(hit, out // count if out.dtype.kind in "iu" else out / count, out).astype(out.dtype)
    return var_keeping_dtype(out)


def isin(elements, test_elements, assume_unique=False, invert=False):
    """Computed in numpy (a boolean result has no gradient)."""
    a = elements.numpy() if isinstance(elements, jt.Var) else np.asarray(elements)
    b = test_elements.numpy() if isinstance(test_elements, jt.Var) else np.asarray(test_elements)
    return jt.array(np.isin(a, b, assume_unique=assume_unique, invert=invert))


def unique_consecutive(input, return_inverse=False, return_counts=False, dim=None):
    """Computed in numpy (no gradient): the first of each run of equal values (rows along dim)."""
    x = input.numpy()
    if dim is None:
        flat = x.reshape(-1)
        starts = np.concatenate([[True], flat[1:] != flat[:-1]]) if flat.size else np.zeros(0, bool)
        values = flat[starts]
        inverse_shape = x.shape
    else:
        d = wrap_dim(dim, x.ndim)
        rows = np.moveaxis(x, d, 0).reshape(x.shape[d], -1)
        change = (rows[1:] != rows[:-1]).any(1) if rows.shape[0] else np.zeros(0, bool)
        starts = np.concatenate([[True], change]) if rows.shape[0] else np.zeros(0, bool)
        values = np.moveaxis(np.moveaxis(x, d, 0)[starts], 0, d)
        inverse_shape = (x.shape[d],)
    out = [var_keeping_dtype(np.ascontiguousarray(values))]
    if return_inverse:
        out.append(var_keeping_dtype((np.cumsum(starts) - 1).reshape(inverse_shape).astype("int64")))
    if return_counts:
        out.append(var_keeping_dtype(np.diff(np.append(np.flatnonzero(starts), len(starts))).astype("int64")))
    return out[0] if len(out) == 1 else tuple(out)


def unravel_index(indices, shape):
    """Integer coordinates, computed in numpy: a tuple of int64 tensors."""
    flat = indices.numpy() if isinstance(indices, jt.Var) else np.asarray(indices)
    shape = (shape,) if isinstance(shape, int) else tuple(shape)
    coords = np.unravel_index(np.where(flat < 0, flat + int(np.prod(shape)), flat), shape)
    return tuple(var_keeping_dtype(np.asarray(c).astype("int64").reshape(np.shape(flat) or (1,))) for c in coords)


def slice_scatter(input, src, dim=0, start=None, end=None, step=1):
    """A copy of input whose slice start:end:step along dim holds src (out of place)."""
    out = input.clone()
    where = [slice(None)] * input.ndim
    where[wrap_dim(dim, input.ndim)] = slice(start, end, step)
    out[tuple(where)] = src.astype(input.dtype)
    return out


def select_scatter(input, src, dim, index):
    """A copy of input whose index-th slice along dim holds src (out of place)."""
    out = input.clone()
    where = [slice(None)] * input.ndim
    where[wrap_dim(dim, input.ndim)] = index
    out[tuple(where)] = src.astype(input.dtype)
    return out


def diagonal_scatter(input, src, offset=0, dim1=0, dim2=1):
    """A copy of input whose diagonal (offset, dim1, dim2) holds src, in the layout of input.diagonal(): the
    batch dims first, the diagonal last (out of place; src keeps its gradient)."""
    d1, d2 = wrap_dim(dim1, input.ndim), wrap_dim(dim2, input.ndim)
    rest = [i for i in range(input.ndim) if i not in (d1, d2)]
    r, c = input.shape[d1], input.shape[d2]
    rows = np.arange(max(0, -offset), r)
    cols = rows + offset
    keep = (cols >= 0) & (cols < c)
    rows, cols = rows[keep], cols[keep]
    want = [input.shape[i] for i in rest] + [len(rows)]
    if list(src.shape) != want:
        raise RuntimeError(f"expected src to have a size equal to the slice of self. src size = {list(src.shape)}, "
                           f"slice size = {want}")
    order = rest + [d1, d2]
    x = input.permute(order)
    flat = x.reshape([input.shape[i] for i in rest] + [r * c])
    if len(rows):
        index = jt.array((rows * c + cols).astype("int32")).reshape([1] * len(rest) + [-1]).broadcast(want)
        flat = _scatter(flat, len(rest), index, src.astype(input.dtype))
    back = [order.index(i) for i in range(input.ndim)]
    return flat.reshape(list(x.shape)).permute(back)


def index_reduce(input, dim, index, source, reduce, include_self=True):
    """Computed in numpy (no gradient): scatter_reduce of source's slices to the positions `index` names
    along dim (prod, mean, amax or amin; the input's own values too unless include_self is False)."""
    if reduce not in ("prod", "mean", "amax", "amin"):
        raise RuntimeError(f"index_reduce(): Expected reduce to be one of prod, mean, amax or amin but got {reduce}.")
    dim = wrap_dim(dim, input.ndim)
    index = index.reshape([-1])
    if [n for k, n in enumerate(source.shape) if k != dim] != [n for k, n in enumerate(input.shape) if k != dim]:
        raise RuntimeError("source tensor shape must match self tensor shape, excluding the specified dimension. "
                           f"Got self.shape = {list(input.shape)} source.shape = {list(source.shape)}")
    if index.shape[0] != source.shape[dim]:
        raise RuntimeError(f"index_reduce_(): Number of indices ({index.shape[0]}) should be equal to "
                           f"source.size(dim): ({source.shape[dim]}), for dim: {dim}")
    return scatter_reduce(input, dim, _spread(index, dim, source.shape), source, reduce, include_self)
