"""torch's joining, splitting and reshaping functions."""
from __future__ import annotations

import jittor as jt
import numpy as np

from .._common import float_of, wrap_dim
from .pointwise import _binary


def chunk(input, chunks, dim=0):
    return tuple(jt.chunk(input, chunks, dim))


def unbind(input, dim=0):
    return tuple(jt.unbind(input, dim))


def split(tensor, split_size_or_sections, dim=0):
    return tuple(jt.split(tensor, split_size_or_sections, dim))


def hstack(tensors):
    return jt.concat(list(tensors), 0 if tensors[0].ndim == 1 else 1)


def vstack(tensors):
    return jt.concat([t.reshape([1, -1]) if t.ndim == 1 else t for t in tensors], 0)


def dstack(tensors):
    ts = []
    for t in tensors:
        if t.ndim == 1:
            t = t.reshape([1, -1, 1])
        elif t.ndim == 2:
            t = t.unsqueeze(-1)
        ts.append(t)
    return jt.concat(ts, 2)


def squeeze(input, dim=None):
    if dim is None:
        return jt.squeeze(input) if any(s == 1 for s in input.shape) else input
    dims = [wrap_dim(d, input.ndim) for d in (dim if isinstance(dim, (list, tuple)) else (dim,))]
    keep = [s for i, s in enumerate(input.shape) if not (i in dims and s == 1)]
    if len(keep) == input.ndim:
        return input
    return input.reshape(keep if keep else [1])


def transpose(input, dim0, dim1):
    order = list(range(input.ndim))
    a, b = wrap_dim(dim0, input.ndim), wrap_dim(dim1, input.ndim)
    order[a], order[b] = order[b], order[a]
    return input.permute(order)


swapdims = transpose


def swapaxes(input, axis0, axis1):
    return transpose(input, axis0, axis1)


def reshape(input, shape):
    return input.reshape(tuple(shape))


def permute(input, dims):
    return input.permute(tuple(wrap_dim(d, input.ndim) for d in dims))


def movedim(input, source, destination):
    src = [wrap_dim(d, input.ndim) for d in (source if isinstance(source, (list, tuple)) else (source,))]
    dst = [wrap_dim(d, input.ndim) for d in (destination if isinstance(destination, (list, tuple)) else (destination,))]
    order = [None] * input.ndim
    for s, d in zip(src, dst):
        order[d] = s
    rest = iter(i for i in range(input.ndim) if i not in src)
    order = [o if o is not None else next(rest) for o in order]
    return input.permute(order)


moveaxis = movedim


def narrow(input, dim, start, length):
    dim = wrap_dim(dim, input.ndim)
    if isinstance(start, jt.Var):
        start = int(start.item())
    if start < 0:
        start += input.shape[dim]
    idx = [slice(None)] * input.ndim
    idx[dim] = slice(start, start + length)
    return input[tuple(idx)]


def index_select(input, dim, index):
    dim = wrap_dim(dim, input.ndim)
    return input[(slice(None),) * dim + (index.reshape([-1]),)]


def meshgrid(*tensors, indexing=None):
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        tensors = tuple(tensors[0])
    if indexing is None:
        indexing = "ij"
    if indexing not in ("ij", "xy"):
        raise ValueError(f"torch.meshgrid: indexing must be one of 'xy' or 'ij', but received: {indexing}")
    ts = list(tensors)
    swap = indexing == "xy" and len(ts) >= 2
    if swap:
        ts[0], ts[1] = ts[1], ts[0]
    shape = [t.numel() for t in ts]
    grids = []
    for i, t in enumerate(ts):
        view = [1] * len(ts)
        view[i] = -1
        grids.append(t.reshape(view).broadcast(shape))
    if swap:
        grids[0], grids[1] = grids[1], grids[0]
    return tuple(grids)


def repeat_interleave(input, repeats=None, dim=None, output_size=None):
    if repeats is None:  # repeat_interleave(repeats): indices repeated by their counts
        counts = input.numpy().astype("int64")
        return jt.array(np.repeat(np.arange(len(counts)), counts).astype("int64"), dtype="int64")
    if dim is None:
        input = input.reshape([-1])
        dim = 0
    dim = wrap_dim(dim, input.ndim)
    if isinstance(repeats, jt.Var):
        reps = repeats.numpy().astype("int64").reshape(-1)
        if reps.size == 1:
            reps = np.full(input.shape[dim], int(reps[0]))
    else:
        reps = np.full(input.shape[dim], int(repeats))
    idx = np.repeat(np.arange(input.shape[dim]), reps).astype("int32")
    return input[(slice(None),) * dim + (jt.array(idx),)]


def tile(input, dims):
    dims = tuple(dims)
    if len(dims) < input.ndim:
        dims = (1,) * (input.ndim - len(dims)) + dims
    x = input
    if len(dims) > x.ndim:
        x = x.reshape([1] * (len(dims) - x.ndim) + list(x.shape))
    return x.repeat(dims)


def broadcast_to(input, size):
    size = list(size)
    lead = len(size) - input.ndim
    target = [input.shape[i - lead] if s == -1 else s for i, s in enumerate(size)]
    return input.broadcast(target)


def flip(input, dims):
    dims = [wrap_dim(d, input.ndim) for d in (dims if isinstance(dims, (list, tuple)) else (dims,))]
    idx = tuple(slice(None, None, -1) if i in dims else slice(None) for i in range(input.ndim))
    return input[idx] if dims else input


def atan2(input, other):
    a, b = _binary(input, other)
    return jt.atan2(float_of(a), float_of(b))


arctan2 = atan2


def roll(input, shifts, dims=None):
    if dims is None:
        return roll(input.reshape([-1]), shifts, 0).reshape(input.shape)
    shifts = shifts if isinstance(shifts, (list, tuple)) else (shifts,)
    dims = dims if isinstance(dims, (list, tuple)) else (dims,)
    x = input
    for s, d in zip(shifts, dims):
        d = wrap_dim(d, x.ndim)
        n = x.shape[d]
        s = s % n if n else 0
        if s:
            lead = (slice(None),) * d
            x = jt.concat([x[lead + (slice(n - s, n),)], x[lead + (slice(0, n - s),)]], d)
    return x


def numel(input):
    return int(input.numel())


def clone(input):
    return input.clone()
