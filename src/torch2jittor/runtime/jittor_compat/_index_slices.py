"""Slices in an index brought into the range Jittor's getitem/setitem take.

PyTorch (as Python) clamps a slice to its dimension: `x[10:]` of a length-5 tensor is empty,
`x[-100:]` is all of it. Jittor 1.3.11 raises "Wrong inputs arguments" for a start past either end
(`x[10:]`, `x[-100:]`, `x[-100:-2]`) or a stop before the beginning (`x[:-100]`), and gives one
element for an empty slice with a step above 1 (`x[7::2]` of length 7, `x[1:1:2]`, `x[:0:2]`): a
wrong value, not an error. Each slice is replaced by its `slice.indices` form, an empty one by
`0:0`, which Jittor reads right. Negative steps are left as written (PyTorch refuses them).

Jittor's setitem also skips negative entries of an integer index tensor or list (`x[idx] = v` with
idx = [-1, 0] wrote row 0 only; its getitem reads them right): setitem's are counted from the end
of their dimension first (wrapped_negative).
"""
from __future__ import annotations

import operator

import jittor as jt
import numpy as np


def _dims_taken(item) -> int | None:
    """How many dimensions of the indexed Var an index item consumes (None: not known here)."""
    if item is None or isinstance(item, (bool, np.bool_)):
        return 0
    if isinstance(item, (slice, int, np.integer, list)):
        return 1
    if isinstance(item, (jt.Var, np.ndarray)):
        return item.ndim if str(item.dtype) == "bool" else 1
    return None


def _in_range(s: slice, size: int) -> slice:
    try:
        step = 1 if s.step is None else operator.index(s.step)
        if step <= 0:
            return s
        start, stop, step = s.indices(size)
    except TypeError:  # a bound Python cannot read as an int: Jittor's own reading
        return s
    if start >= stop:
        return slice(0, 0)
    return slice(start, stop, None if s.step is None else step)


def in_range(shape, index):
    """index with each slice clamped to the dimension it applies to; unchanged when there is none
    or the dimensions cannot be told."""
    items = index if isinstance(index, tuple) else (index,)
    if not any(isinstance(i, slice) for i in items):
        return index
    taken = [0 if i is Ellipsis else _dims_taken(i) for i in items]
    if None in taken or sum(i is Ellipsis for i in items) > 1:
        return index
    out, dim = [], 0
    for item, n in zip(items, taken):
        if item is Ellipsis:
            dim = len(shape) - sum(taken[len(out) + 1:])
        elif isinstance(item, slice) and dim < len(shape):
            item = _in_range(item, int(shape[dim]))
        out.append(item)
        dim += n
    return tuple(out) if isinstance(index, tuple) else out[0]


def _wrapped(item, size: int):
    if isinstance(item, jt.Var) and str(item.dtype) != "bool" and item.dtype.is_int():
        return jt.where(item < 0, item + size, item)
    if isinstance(item, np.ndarray) and item.dtype.kind in "iu":
        return np.where(item < 0, item + size, item)
    if isinstance(item, list) and item and all(isinstance(i, (int, np.integer)) and not isinstance(i, bool)
                                               for i in item):
        return [int(i) + size if i < 0 else i for i in item]
    return item


def wrapped_negative(shape, index):
    """index (for setitem) with each integer tensor, array or list counted from the end of its
    dimension where negative; unchanged when there is none or the dimensions cannot be told."""
    items = index if isinstance(index, tuple) else (index,)
    if not any(isinstance(i, (jt.Var, np.ndarray, list)) for i in items):
        return index
    taken = [0 if i is Ellipsis else _dims_taken(i) for i in items]
    if None in taken or sum(i is Ellipsis for i in items) > 1:
        return index
    out, dim = [], 0
    for item, n in zip(items, taken):
        if item is Ellipsis:
            dim = len(shape) - sum(taken[len(out) + 1:])
        elif n == 1 and dim < len(shape) and not isinstance(item, (slice, int, np.integer)):
            item = _wrapped(item, int(shape[dim]))
        out.append(item)
        dim += n
    return tuple(out) if isinstance(index, tuple) else out[0]
