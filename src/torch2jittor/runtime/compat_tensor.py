# --- tensor methods with PyTorch's semantics (called as t2j.tensor_<name>(x, ...)) ------------
import collections as _tm_collections

_tm_values_indices = _tm_collections.namedtuple("values_indices", ["values", "indices"])


def _tm_jt():
    import jittor

    return jittor


def _tm_reduce_with_index(x, dim, keepdim, kind):
    jt = _tm_jt()
    if dim is None:
        return x.max() if kind == "max" else x.min()
    fn = jt.argmax if kind == "max" else jt.argmin
    indices, values = fn(x, dim, keepdims=keepdim)
    return _tm_values_indices(values, indices.int64())


def tensor_max(x, dim=None, keepdim=False):
    return _tm_reduce_with_index(x, dim, keepdim, "max")


def tensor_min(x, dim=None, keepdim=False):
    return _tm_reduce_with_index(x, dim, keepdim, "min")


def tensor_argmax(x, dim=None, keepdim=False):
    jt = _tm_jt()
    if dim is None:
        return jt.argmax(x.flatten(), 0)[0].int64()
    return jt.argmax(x, dim, keepdims=keepdim)[0].int64()


def tensor_argmin(x, dim=None, keepdim=False):
    jt = _tm_jt()
    if dim is None:
        return jt.argmin(x.flatten(), 0)[0].int64()
    return jt.argmin(x, dim, keepdims=keepdim)[0].int64()


def tensor_sort(x, dim=-1, descending=False, stable=False):
    jt = _tm_jt()
    indices, values = jt.argsort(x, dim=dim, descending=descending)
    return _tm_values_indices(values, indices.int64())


def tensor_argsort(x, dim=-1, descending=False, stable=False):
    return tensor_sort(x, dim, descending, stable).indices


def tensor_topk(x, k, dim=-1, largest=True, sorted=True):
    values, indices = tensor_sort(x, dim, descending=largest)
    dim = dim % x.ndim
    slicer = tuple(slice(None) if d != dim else slice(0, k) for d in range(x.ndim))
    return _tm_values_indices(values[slicer], indices[slicer])


def tensor_std(x, dim=None, unbiased=True, keepdim=False, *, correction=None):
    ddof = (1 if unbiased else 0) if correction is None else correction
    dims = tuple(range(x.ndim)) if dim is None else ((dim,) if isinstance(dim, int) else tuple(dim))
    n = 1
    for d in dims:
        n *= x.shape[d]
    mean = x.mean(dims, keepdims=True)
    var = ((x - mean) ** 2).sum(dims, keepdims=keepdim) / max(n - ddof, 0)
    return var.sqrt()


def tensor_chunk(x, chunks, dim=0):
    size = x.shape[dim]
    step = -(-size // chunks)  # ceil, as PyTorch
    return tuple(
        x[tuple(slice(None) if d != dim % x.ndim else slice(i, min(i + step, size)) for d in range(x.ndim))]
        for i in range(0, size, step)
    )


def tensor_roll(x, shifts, dims=None):
    if dims is None:
        return x.flatten().roll(shifts, 0).reshape(x.shape)
    return x.roll(shifts, dims)


def tensor_index_select(x, dim, index):
    return x[(slice(None),) * (dim % x.ndim) + (index,)]


def tensor_where(x, condition, y):
    jt = _tm_jt()
    return jt.ternary(condition, x, y)


def tensor_div_(x, other, *, rounding_mode=None):
    result = x / other
    if rounding_mode == "floor":
        result = result.floor()
    elif rounding_mode == "trunc":
        result = _tm_jt().ternary(result < 0, (-result).floor() * -1, result.floor())
    return x.assign(result.cast(x.dtype))


def tensor_neg_(x):
    return x.assign(-x)


def tensor_exp_(x):
    return x.assign(x.exp())


def tensor_log_(x):
    return x.assign(x.log())


def tensor_floor_(x):
    return x.assign(x.floor())


def tensor_ceil_(x):
    return x.assign(x.ceil())


def tensor_tanh_(x):
    return x.assign(x.tanh())


def tensor_relu_(x):
    return x.assign(x.maximum(0))


def tensor_relu(x):
    return _tm_jt().nn.relu(x)


def tensor_copy_(x, src, non_blocking=False):
    """PyTorch's copy_: broadcasts `src` to the receiver's shape and keeps the receiver's dtype
    (Jittor's assign takes src's shape and dtype)."""
    jt = _tm_jt()
    if not isinstance(src, jt.Var):
        src = jt.array(src)
    return x.assign(src.broadcast(x.shape).cast(x.dtype))


def tensor_is_floating_point(x):
    return x.dtype.is_float()


def tensor_requires_grad_(x, requires_grad=True):
    x.requires_grad = requires_grad
    return x


def tensor_detach_(x):
    return x.stop_grad()
