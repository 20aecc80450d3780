"""Helpers shared by the package's modules: PyTorch's argument conventions (dims, dtypes, tuples, loss reductions)."""
from __future__ import annotations

import collections
import collections.abc

import jittor as jt

from ._zero_dim import mark


def legacy_reduction(size_average, reduce, reduction):
    """torch's legacy size_average/reduce pair, when given, overrides `reduction`."""
    if size_average is None and reduce is None:
        return reduction
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    if size_average and reduce:
        return "mean"
    return "sum" if reduce else "none"


# A dimension longer than this is summed in two steps (rows of about its square root).
_LONG_DIM = 1024


def precise_sum(x, dims=None, keepdims=False):
    """x's sum over `dims` (all when None) at PyTorch's float32 precision. Jittor reduces in one
    sequential float32 pass: the mean of 65,536 values is off by ~1e-5 relative (PyTorch's, which
    sums in blocks, by ~3e-7), of 1M values by ~5e-4, and training amplifies such differences.
    Summing one dimension at a time, a long one in rows, keeps every partial sum short."""
    dims = list(range(x.ndim)) if dims is None else sorted({d % x.ndim for d in dims})
    if not dims:
        return x
    every = not keepdims and len(dims) == x.ndim
    if every and x.ndim > 1:
        x, dims = x.reshape([-1]), [0]  # one long dimension, summed in rows below
    for d in reversed(dims):
        x = _sum_long(x, d, keepdims) if x.shape[d] > _LONG_DIM else x.sum(d, keepdims=keepdims)
    return mark(x) if every else x


def _sum_long(x, d, keepdims):
    """Dimension d summed as rows of about sqrt(n) values, each row's sum then summed, and the
    values left over from whole rows added."""
    n = x.shape[d]
    rows = int(n ** 0.5)
    whole = n - n % rows
    shape = list(x.shape)
    head = x if whole == n else x[(slice(None),) * d + (slice(0, whole),)]
    total = head.reshape(shape[:d] + [whole // rows, rows] + shape[d + 1:]).sum(d + 1).sum(d, keepdims=keepdims)
    if whole < n:
        total = total + x[(slice(None),) * d + (slice(whole, n),)].sum(d, keepdims=keepdims)
    return total


def precise_mean(x, dims=None, keepdims=False):
    dims = list(range(x.ndim)) if dims is None else list(dims)
    return precise_sum(x, dims, keepdims) / int_prod(x.shape[d] for d in dims)


def loss_reduce(loss, reduction):
    if reduction == "none":
        return loss
    if reduction == "sum":
        return precise_sum(loss)
    if reduction == "mean":
        return precise_mean(loss)
    raise ValueError(f"{reduction} is not a valid value for reduction")


def dtype_name(dtype):
    """'float64' for jt.float64 (a cast function), a Var's dtype (NanoString) or a name."""
    return dtype.__name__ if callable(dtype) and hasattr(dtype, "__name__") else str(dtype)


def var_keeping_dtype(array):
    """jt.array(array) with numpy's dtype kept (Jittor makes int64 arrays int32, float64 float32)."""
    import jittor

    # dtype given: made int32/float32 first and cast back, int64 values past int32 and float64 digits were lost
    return jittor.array(array, dtype=str(array.dtype))

FLOAT_DTYPES = ("float16", "bfloat16", "float32", "float64")

# PyTorch's torch.return_types: tuples whose items are also reachable by name (`.values`, `.indices`).
ValuesIndices = collections.namedtuple("values_indices", ["values", "indices"])
MinMax = collections.namedtuple("aminmax", ["min", "max"])
MantissaExponent = collections.namedtuple("frexp", ["mantissa", "exponent"])


def default_float():
    """torch.get_default_dtype()'s name: float32 unless set_default_dtype changed it (kept on jt, as
    the helper package's other process-wide settings, misc.py)."""
    return jt.__dict__.get("_t2j_settings", {}).get("default_dtype", "float32")


def dtype_arg(dtype):
    """A dtype argument (jt.float32, 'int64', Python float/int/bool) as Jittor's dtype name, or None."""
    if dtype is None:
        return None
    if dtype is float:
        return "float64"
    if dtype is int:
        return "int64"
    if dtype is bool:
        return "bool"
    return str(jt.dtype(dtype))


def is_float(x):
    return str(x.dtype) in FLOAT_DTYPES


def ntuple(value, n):
    """torch.nn.modules.utils._ntuple (and torchvision's _make_ntuple): an iterable as a tuple,
    anything else repeated n times."""
    if isinstance(value, collections.abc.Iterable):
        return tuple(value)
    return (value,) * n


def expand_ints(value, n):
    """An int-list argument of a torch op (kernel_size, stride, padding, ...): one value, or a
    1-element list, stands for every one of the n axes."""
    value = ntuple(value, n)
    return value * n if len(value) == 1 and n != 1 else value


def int_prod(values):
    """The product of a shape's (or a kernel's) sizes, as a Python int."""
    out = 1
    for v in values:
        out *= int(v)
    return out


def wrap_dim(dim, ndim):
    return dim + ndim if dim < 0 else dim


def wrap_dims(dim, ndim):
    """torch's `dim` (None, int, tuple/list) as a sorted tuple of non-negative axes."""
    if dim is None:
        return tuple(range(ndim))
    if isinstance(dim, (list, tuple)):
        if len(dim) == 0:
            return tuple(range(ndim))
        return tuple(sorted(wrap_dim(d, ndim) for d in dim))
    return (wrap_dim(dim, ndim),)


def as_int64(x):
    return x if str(x.dtype) == "int64" else x.astype("int64")


def float_of(x):
    """torch's result dtype of a float function of x: integer/bool inputs become float32."""
    return x if is_float(x) else x.astype("float32")


def shape_arg(size):
    """`*size` as torch takes it: zeros(2, 3), zeros((2, 3)), zeros([2, 3])."""
    if len(size) == 1 and not isinstance(size[0], int) and hasattr(size[0], "__len__"):
        size = [size[0][i] for i in range(len(size[0]))]  # a list, tuple or Jittor NanoVector
    return tuple(int(s) for s in size)
