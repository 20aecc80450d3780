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
    # a whole turn (or none): still a new tensor, as PyTorch's (makemore writes into the result)
    return x if x is not input else clone(input)


def numel(input):
    return int(input.numel())


def clone(input):
    return input.clone()


def t(input):
    """The transpose of a 2-D tensor; a 0-D or 1-D tensor is returned as it is."""
    if input.ndim > 2:
        raise RuntimeError(f"t() expects a tensor with <= 2 dimensions, but self is {input.ndim}D")
    return input.transpose(1, 0) if input.ndim == 2 else input


def ravel(input):
    return input.reshape([-1])


def detach(input):
    return input.detach()


def _split_points(length, indices_or_sections):
    """The start of each piece of torch.tensor_split: n near-equal sections (the first length % n
    one longer), or the given split indices."""
    if isinstance(indices_or_sections, jt.Var):
        indices_or_sections = indices_or_sections.numpy().tolist()
    if isinstance(indices_or_sections, int):
        n = indices_or_sections
        if n <= 0:
            raise RuntimeError(f"number of sections must be larger than 0, got {n}")
        size, extra = divmod(length, n)
        bounds = [i * size + min(i, extra) for i in range(n + 1)]
    else:
        bounds = [0] + [min(max(int(i) + (length if int(i) < 0 else 0), 0), length)
                        for i in indices_or_sections] + [length]
    return [(start, max(start, stop)) for start, stop in zip(bounds, bounds[1:])]


def tensor_split(input, indices_or_sections, dim=0):
    dim = wrap_dim(dim, input.ndim)
    lead = (slice(None),) * dim
    return tuple(input[lead + (slice(start, stop),)] for start, stop in
                 _split_points(input.shape[dim], indices_or_sections))


def _split_along(input, indices_or_sections, dim, name, min_ndim):
    if input.ndim < min_ndim:
        raise RuntimeError(f"torch.{name} requires a tensor with at least {min_ndim} dimension, "
                           f"but got a tensor with {input.ndim} dimensions!")
    if isinstance(indices_or_sections, int) and input.shape[dim] % indices_or_sections:
        raise RuntimeError(f"torch.{name} attempted to split along dimension {dim}, but the size of the dimension "
                           f"{input.shape[dim]} is not divisible by the split_size {indices_or_sections}!")
    return tensor_split(input, indices_or_sections, dim)


def hsplit(input, indices_or_sections):
    return _split_along(input, indices_or_sections, 1 if input.ndim > 1 else 0, "hsplit", 1)


def vsplit(input, indices_or_sections):
    return _split_along(input, indices_or_sections, 0, "vsplit", 2)


def dsplit(input, indices_or_sections):
    return _split_along(input, indices_or_sections, 2, "dsplit", 3)


def column_stack(tensors):
    return jt.concat([t.reshape([-1, 1]) if t.ndim < 2 else t for t in tensors], 1)


def _at_least(tensors, view):
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        return tuple(view(t) for t in tensors[0])
    out = tuple(view(t) for t in tensors)
    return out[0] if len(out) == 1 else out


def atleast_1d(*tensors):
    return _at_least(tensors, lambda t: t.reshape([1]) if t.ndim == 0 else t)


def atleast_2d(*tensors):
    return _at_least(tensors, lambda t: t.reshape([1, -1]) if t.ndim < 2 else t)


def atleast_3d(*tensors):
    def view(t):
        if t.ndim == 0:
            return t.reshape([1, 1, 1])
        if t.ndim == 1:
            return t.reshape([1, -1, 1])
        return t.unsqueeze(-1) if t.ndim == 2 else t

    return _at_least(tensors, view)


def block_diag(*tensors):
    """Each tensor (0-D as 1x1, 1-D as one row) on the diagonal of a zero matrix, in PyTorch's
    promoted dtype."""
    from .pointwise import _result_dtype

    mats = [t.reshape([1, -1]) if t.ndim < 2 else t for t in tensors]
    dtype = str(mats[0].dtype)
    for m in mats[1:]:
        dtype = _result_dtype(jt.zeros(1, dtype=dtype), m)
    width = sum(m.shape[1] for m in mats)
    rows, left = [], 0
    for m in mats:
        r, c = m.shape
        parts = [jt.zeros((r, left), dtype=dtype), m.astype(dtype), jt.zeros((r, width - left - c), dtype=dtype)]
        rows.append(jt.concat([p for p in parts if p.shape[1] > 0], 1))
        left += c
    return jt.concat(rows, 0)


def cartesian_prod(*tensors):
    if len(tensors) == 1:
        return tensors[0]
    grids = meshgrid(*tensors, indexing="ij")
    return jt.stack([g.reshape([-1]) for g in grids], 1)


def combinations(input, r=2, with_replacement=False):
    """The r-length combinations of a 1-D tensor's elements, in itertools' order."""
    import itertools

    pick = itertools.combinations_with_replacement if with_replacement else itertools.combinations
    index = np.array(list(pick(range(input.shape[0]), r)), dtype="int32").reshape(-1, r)
    if index.shape[0] == 0:
        return jt.zeros((0, r), dtype=input.dtype)
    return input[jt.array(index.reshape(-1))].reshape([index.shape[0], r])


def diag_embed(input, offset=0, dim1=-2, dim2=-1):
    """input's last dimension on the offset diagonal of two new dimensions dim1, dim2 (zeros elsewhere)."""
    n = input.shape[-1]
    m = n + abs(offset)
    ndim = input.ndim + 1
    dim1, dim2 = wrap_dim(dim1, ndim), wrap_dim(dim2, ndim)
    batch = input.ndim - 1
    row, col = f"i{batch}", f"i{batch + 1}"
    # element i sits at (i, i + offset) or, for a negative offset, at (i - offset, i)
    out = input.reindex(list(input.shape[:-1]) + [m, m], [f"i{d}" for d in range(batch)] + [row if offset >= 0 else col],
                        overflow_value=0, overflow_conditions=[f"{col}-{row}!={offset}"])
    return movedim(out, [batch, batch + 1], [dim1, dim2]) if (dim1, dim2) != (batch, batch + 1) else out


def diagflat(input, offset=0):
    return diag_embed(input.reshape([-1]), offset)


def sum_to_size(input, *size):
    """input summed over the dimensions that broadcasting `size` to input's shape would expand."""
    size = list(size[0]) if len(size) == 1 and isinstance(size[0], (list, tuple)) else list(size)
    lead = input.ndim - len(size)
    out = input.sum(list(range(lead))) if lead > 0 else input
    dims = [d for d, n in enumerate(size) if n == 1 and out.shape[d] != 1]
    return out.sum(dims, keepdims=True) if dims else out


def tensor_unfold(input, dimension, size, step):
    """Tensor.unfold: every window of `size` elements, `step` apart, along dimension, as a new last
    dimension (gathered by index: the gradient flows)."""
    d = wrap_dim(dimension, input.ndim) if input.ndim else 0
    count = (input.shape[d] - size) // step + 1
    index = (np.arange(count)[:, None] * step + np.arange(size)[None, :]).reshape(-1)
    picked = input[(slice(None),) * d + (jt.array(index.astype("int32")),)]
    shape = list(input.shape[:d]) + [count, size] + list(input.shape[d + 1:])
    return movedim(picked.reshape(shape), d + 1, -1)


def broadcast_tensors(*tensors):
    shape = list(np.broadcast_shapes(*[tuple(t.shape) for t in tensors]))
    return tuple(t if list(t.shape) == shape else t.broadcast(shape) for t in tensors)


def broadcast_shapes(*shapes):
    return tuple(np.broadcast_shapes(*[(s,) if isinstance(s, int) else tuple(s) for s in shapes]))


# PyTorch's `_copy` twins of its views: a new tensor holding the view's values (every Jittor result is one)
def expand_copy(input, size, implicit=False):
    """input broadcast to `size` (-1 keeps a dim; new dims lead), as a new tensor."""
    size = [int(s) for s in size]
    lead = len(size) - input.ndim
    if lead < 0:
        raise RuntimeError(f"expand({list(input.shape)}, size={size}): the number of sizes provided ({len(size)}) "
                           f"must be greater or equal to the number of dimensions in the tensor ({input.ndim})")
    shape = [input.shape[i - lead] if s == -1 and i >= lead else s for i, s in enumerate(size)]
    return input.broadcast(shape).clone()


def view_copy(input, size):
    """A reshaped copy; a dtype in place of the size reads the same bytes as that dtype (in numpy)."""
    from ..tensor_methods import _is_dtype, tensor_view_dtype

    if _is_dtype(size) or isinstance(size, str):
        return tensor_view_dtype(input, size)
    return input.reshape([int(s) for s in size]).clone()


def slice_copy(input, dim=0, start=None, end=None, step=1):
    """input[start:end:step] along dim, as a new tensor (PyTorch's step must be positive)."""
    if step <= 0:
        raise RuntimeError("slice step must be positive")
    where = [slice(None)] * input.ndim
    where[wrap_dim(dim, input.ndim)] = slice(start, end, step)
    return input[tuple(where)].clone()


def alias_copy(input):
    return input.clone()


def real(input):
    """The real part of a real tensor: the tensor itself (Jittor has no complex dtypes)."""
    return input
