"""Tensor methods with PyTorch's semantics, called as t2j.tensor_<name>(x, ...)."""
from __future__ import annotations

import collections

import jittor as jt

from . import optim as _optim
from ._zero_dim import MARK as _ZERO_DIM, is_0d, reduction
from ._common import default_float, dtype_name, var_keeping_dtype, wrap_dim, wrap_dims
from .ops import reduction as _reduction_ops
from .ops.pointwise import _category, sign
from .ops.shape import tile


_values_indices = collections.namedtuple("values_indices", ["values", "indices"])


@reduction
def tensor_max(self, dim=None, keepdim=False, *, other=None):
    # torch.max's helper: `x.max(other)` is elementwise, a tie's gradient split, int64 indices
    from .ops.reduction import max_

    return max_(self, dim, keepdim, other=other)


@reduction
def tensor_min(self, dim=None, keepdim=False, *, other=None):
    from .ops.reduction import min_

    return min_(self, dim, keepdim, other=other)


def tensor_clamp(self, min=None, max=None):
    """`x.clamp(...)` / `x.clip(...)`: torch.clamp's helper (PyTorch's promotion: an integer tensor
    clamped by a float bound gives float32, Jittor's clamp float64)."""
    from .ops.pointwise import clamp

    return clamp(self, min, max)


def tensor_clamp_min(self, min):
    from .ops.pointwise import clamp

    return clamp(self, min=min)


def tensor_clamp_max(self, max):
    from .ops.pointwise import clamp

    return clamp(self, max=max)


@reduction
def tensor_argmax(x, dim=None, keepdim=False):
    # torch.argmax's helper: a negative dim (Jittor refuses one below -1), keepdim without a dim, an
    # empty input raising
    from .ops.reduction import argmax

    return argmax(x, dim, keepdim)


@reduction
def tensor_argmin(x, dim=None, keepdim=False):
    from .ops.reduction import argmin

    return argmin(x, dim, keepdim)


def tensor_numpy(self, *, force=False):
    """x.numpy(): the array (force: a Var's is always a copy on the CPU); a 0-dim tensor's is 0-dim
    (Jittor's Var.numpy gives shape (1,))."""
    out = self.numpy()
    return out.reshape(()) if is_0d(self) else out


def tensor_sort(self, dim=-1, descending=False, stable=False):
    return _reduction_ops.sort(self, dim, descending, stable)


def tensor_argsort(self, dim=-1, descending=False, stable=False):
    return _reduction_ops.argsort(self, dim, descending, stable)


def tensor_topk(self, k, dim=-1, largest=True, sorted=True):
    return _reduction_ops.topk(self, k, dim, largest, sorted)


@reduction
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


def tensor_roll(self, shifts, dims=None):
    # torch.roll's helper: Jittor's Var.roll fails to compile for a negative dim
    from .ops.shape import roll

    return roll(self, shifts, dims)


def tensor_index_select(x, dim, index):
    return x[(slice(None),) * (dim % x.ndim) + (index,)]


def tensor_where(x, condition, y):
    return jt.ternary(condition, x, y)


def tensor_div_(x, other, *, rounding_mode=None):
    result = x / other
    if rounding_mode == "floor":
        result = result.floor()
    elif rounding_mode == "trunc":
        result = jt.ternary(result < 0, (-result).floor() * -1, result.floor())
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


def tensor_relu(self):
    if self.dtype in ("float16", "bfloat16", "float32", "float64"):
        return jt.nn.relu(self)
    return jt.ternary(self > 0, self, jt.zeros_like(self))  # integer input stays integer (Jittor's relu makes float)


def tensor_copy_(x, src, non_blocking=False):
    """PyTorch's copy_: broadcasts `src` to the receiver's shape and keeps the receiver's dtype
    (Jittor's assign takes src's shape and dtype)."""
    if not isinstance(src, jt.Var):
        src = jt.array(src)
    return x.assign(src.broadcast(x.shape).cast(x.dtype))


def tensor_is_floating_point(x):
    return x.dtype.is_float()


def tensor_data(x):
    """`x.data` where x may be a tensor: PyTorch's tensor of the same values, detached (Jittor's
    own `.data` is a numpy array, so `loss.data.numpy()` or `out.data.cpu()` would fail), or any
    other object's own `data` attribute (a data set's, a user class's)."""
    return x.detach() if isinstance(x, jt.Var) else x.data


def tensor_requires_grad_(x, requires_grad=True):
    """`x.requires_grad_()` / `x.requires_grad = flag`: x becomes a leaf whose `.grad` backward()
    fills (or stops requiring gradients). Only floating tensors can require gradients. Any other
    object (`p.requires_grad = True` on what the converter could not prove a tensor) gets the attribute."""
    if not isinstance(x, jt.Var):
        x.requires_grad = requires_grad
        return x
    if requires_grad:
        if not x.dtype.is_float():
            raise RuntimeError("only Tensors of floating point dtype can require gradients")
        if x.is_stop_grad():
            x.start_grad()
        _optim._mark_leaf(x)
    else:
        x.stop_grad()
        _optim._unmark_leaf(x)
    return x


def tensor_requires_grad(x):
    """`x.requires_grad`, PyTorch's answer: False for a tensor made by a creation function without
    requires_grad=True (Jittor's Var would say True: every floating Var is differentiable unless
    stopped), for a detached one and for one computed under no_grad; any other object's own answer."""
    if not isinstance(x, jt.Var):
        return x.requires_grad
    return not x.is_stop_grad() and not getattr(x, "_t2j_plain", False)


def _is_graph_leaf(x):
    # a computed Var keeps the op that made it while a gradient may flow through it; a parameter,
    # or data, has none once computed
    x.sync()
    return ":i0:" in x.debug_msg()


def tensor_is_leaf(x):
    """`x.is_leaf`: a tensor that requires no gradient, or one the program made require it."""
    return not tensor_requires_grad(x) or getattr(x, "_t2j_leaf", False) or _is_graph_leaf(x)


class _GradFn:
    """`y.grad_fn` of a computed tensor: only `is None` / `is not None` can be asked of it (Jittor
    keeps no named autograd nodes)."""

    def __repr__(self):
        return "<grad_fn>"

    def __getattr__(self, name):
        raise NotImplementedError(f"torch2jittor: grad_fn.{name}: Jittor keeps no autograd graph nodes")


def tensor_grad_fn(x):
    return None if tensor_is_leaf(x) else _GradFn()


def tensor_retain_grad(x):
    """`y.retain_grad()`: backward() fills the `.grad` of this computed tensor too."""
    if not tensor_requires_grad(x):
        raise RuntimeError("can't retain_grad on Tensor that has requires_grad=False")
    _optim._keep_grad(x)


def tensor_retains_grad(x):
    return _optim._keeps_grad(x) and not tensor_is_leaf(x)


def tensor_detach_(x):
    return x.stop_grad()


def tensor_masked_select(x, mask):
    """1-D, row-major, after broadcasting x and mask together (PyTorch's rule)."""
    import numpy as np

    shape = list(np.broadcast_shapes(tuple(x.shape), tuple(mask.shape)))
    return x.broadcast(shape)[mask.broadcast(shape)]


def tensor_select(x, dim, index):
    dim = wrap_dim(dim, x.ndim)
    return x[(slice(None),) * dim + (index,)]


def tensor_diagonal(x, offset=0, dim1=0, dim2=1):
    import numpy as np
    dim1, dim2 = wrap_dim(dim1, x.ndim), wrap_dim(dim2, x.ndim)
    rest = [d for d in range(x.ndim) if d not in (dim1, dim2)]
    y = x.permute(rest + [dim1, dim2])
    rows, cols = x.shape[dim1], x.shape[dim2]
    start_row, start_col = max(-offset, 0), max(offset, 0)
    n = max(min(rows - start_row, cols - start_col), 0)
    flat = y.reshape([x.shape[d] for d in rest] + [rows * cols])
    index = (np.arange(n) + start_row) * cols + np.arange(n) + start_col
    return flat[..., jt.array(index.astype("int32"))]


def tensor_unflatten(x, dim, sizes):
    dim = wrap_dim(dim, x.ndim)
    sizes = list(sizes)
    if -1 in sizes:
        known = 1
        for s in sizes:
            known *= s if s != -1 else 1
        sizes[sizes.index(-1)] = x.shape[dim] // known
    return x.reshape(list(x.shape[:dim]) + sizes + list(x.shape[dim + 1:]))


def tensor_addcmul(x, tensor1, tensor2, *, value=1):
    return x + tensor1 * tensor2 * value


def tensor_addcdiv(x, tensor1, tensor2, *, value=1):
    return x + tensor1 / tensor2 * value


def _nan_mask(x):
    """Where x is NaN, computed in numpy: Jittor compiles with -Ofast, which folds `x != x` to
    False, and its isnan kernel crashed intermittently (see nan_to_num)."""
    import numpy as np

    return jt.array(np.isnan(x.numpy()))


def _nan_free(x):
    return jt.ternary(_nan_mask(x), jt.zeros_like(x), x)


@reduction
def tensor_nansum(x, dim=None, keepdim=False, *, dtype=None):
    out = _nan_free(x).sum(wrap_dims(dim, x.ndim), keepdims=keepdim)
    return out.cast(dtype_name(dtype)) if dtype is not None else out


@reduction
def tensor_nanmean(x, dim=None, keepdim=False, *, dtype=None):
    dims = wrap_dims(dim, x.ndim)
    count = (1 - _nan_mask(x).cast(x.dtype)).sum(dims, keepdims=keepdim)
    out = _nan_free(x).sum(dims, keepdims=keepdim) / count
    return out.cast(dtype_name(dtype)) if dtype is not None else out


def tensor_exp2(x):
    y = x if x.dtype.is_float() else x.float32()
    return jt.pow(jt.full_like(y, 2.0), y)


def tensor_sgn(x):
    return sign(x)  # real tensors have no phase: sgn is sign


def tensor_heaviside(x, values):
    step = (x > 0).cast(x.dtype)
    return jt.ternary(x == 0, values.broadcast(x.shape).cast(x.dtype), step)


def tensor_tile(x, *dims):
    return tile(x, dims[0] if len(dims) == 1 and isinstance(dims[0], (list, tuple)) else dims)


def tensor_sin_(x):
    return x.assign(x.sin())


def tensor_cos_(x):
    return x.assign(x.cos())


def tensor_add_(x, other, *, alpha=1):
    return x.assign(x + other * alpha)


def tensor_sub_(x, other, *, alpha=1):
    return x.assign(x - other * alpha)


def tensor_remainder_(x, other):
    from .ops.pointwise import remainder

    return inplace_(x, remainder(x, other))


def tensor_unique(x, sorted=True, return_inverse=False, return_counts=False, dim=None):
    """PyTorch's unique (sorted values; inverse indices and counts as int64), computed in numpy:
    the output shape depends on the data, and Jittor's own unique can return values out of order."""
    import numpy as np

    values = x.numpy()
    result = np.unique(values, return_inverse=return_inverse, return_counts=return_counts, axis=dim)
    if not (return_inverse or return_counts):
        return jt.array(result).cast(x.dtype)
    out = [jt.array(result[0]).cast(x.dtype)]
    k = 1
    if return_inverse:
        inverse = result[k].reshape(values.shape if dim is None else (values.shape[dim],))
        out.append(var_keeping_dtype(inverse.astype("int64")))
        k += 1
    if return_counts:
        out.append(var_keeping_dtype(result[k].astype("int64")))
    return tuple(out)


def tensor_kthvalue(x, k, dim=-1, keepdim=False):
    """(values, int64 indices) of the k-th smallest along dim."""
    dim = wrap_dim(dim, x.ndim)
    indices, values = jt.argsort(x, dim)
    pick = (slice(None),) * dim + (slice(k - 1, k),)
    values, indices = values[pick], indices[pick]
    if not keepdim:
        values, indices = values.squeeze(dim), indices.squeeze(dim)
    return _values_indices(values, indices.int64())


def tensor_is_conj(self):
    return False  # real tensors only: never a lazy conjugate view


def tensor_is_neg(self):
    return False


def tensor_isreal(self):
    return jt.ones(self.shape, "bool")  # Jittor has no complex dtypes


def tensor_fill(x, value):
    """torch.fill: a new tensor of x's shape and dtype, every element `value` (a number or 0-d tensor)."""
    if isinstance(value, jt.Var):
        if value.numel() != 1:  # a Jittor scalar may be 1-d
            raise RuntimeError(f"fill only supports 0-dimension value tensor but got tensor with {value.ndim} dimensions.")
        return value.reshape([1]).cast(x.dtype).broadcast(x.shape)
    return jt.full(x.shape, value, x.dtype)


def tensor_zero_(x):
    return inplace_(x, jt.zeros_like(x))


def tensor_pin_memory(self, device=None):
    """A copy (PyTorch's is in page-locked memory); without a GPU PyTorch raises, and so does this."""
    if not jt.has_cuda:
        raise RuntimeError("pin_memory() needs a GPU: Jittor found no CUDA device")
    return self.clone()


def tensor_new_tensor(x, data, dtype=None, device=None, requires_grad=False, layout=None, pin_memory=False):
    import numpy as np
    array = data.numpy() if isinstance(data, jt.Var) else np.asarray(data)
    target = dtype_name(dtype) if dtype is not None else str(x.dtype)
    out = jt.array(array).cast(target)
    if not requires_grad:
        out = out.stop_grad()
    return out


def tensor_bitwise_not(x):
    return x.logical_not() if str(x.dtype) == "bool" else jt.bitwise_not(x)


def tensor_element_size(x):
    import numpy as np

    return np.dtype(str(x.dtype)).itemsize


def tensor_index_add_(x, dim, index, source, *, alpha=1):
    """PyTorch's index_add_: adds source's slices into x at `index` along dim; returns x."""
    dim = wrap_dim(dim, x.ndim)
    shape = [1] * source.ndim
    shape[dim] = index.shape[0]
    spread = index.reshape(shape).broadcast(source.shape)
    values = source * alpha if alpha != 1 else source
    return x.assign(x.scatter(dim, spread, values, reduce="add"))


# --- dtype conversions and new tensors with PyTorch's call forms ----------------------------------
_TYPE_NAMES = {
    "float32": "FloatTensor", "float64": "DoubleTensor", "float16": "HalfTensor", "bfloat16": "BFloat16Tensor",
    "int64": "LongTensor", "int32": "IntTensor", "int16": "ShortTensor", "int8": "CharTensor",
    "uint8": "ByteTensor", "bool": "BoolTensor",
}


def _is_dtype(value):
    return isinstance(value, jt.dtype) or (callable(value) and dtype_name(value) in _TYPE_NAMES)


def tensor_type(x, dtype=None, non_blocking=False, **kwargs):
    """`x.type()` -> 'torch.FloatTensor'; `x.type(torch.float64)` or `x.type('torch.DoubleTensor')` casts."""
    if dtype is None:
        return "torch." + _TYPE_NAMES.get(str(x.dtype), "Tensor")
    if isinstance(dtype, type) and hasattr(dtype, "dtype"):  # x.type(torch.cuda.FloatTensor)
        return _cast(x, dtype.dtype or default_float())  # x.type(torch.Tensor): the default dtype
    if isinstance(dtype, str):
        names = {f"torch.{v}": k for k, v in _TYPE_NAMES.items()}
        names.update({f"torch.cuda.{v}": k for k, v in _TYPE_NAMES.items()})
        if dtype not in names:
            raise ValueError(f"invalid type: {dtype!r}")
        dtype = names[dtype]
    return _cast(x, dtype_name(dtype))


def _cast(x, dtype):
    """PyTorch's casts to the tensor's own dtype return the tensor itself (`y = x.to(torch.float32)`
    then `y.add_(1)` changes x)."""
    return x if x.dtype == dtype else x.cast(dtype)


def tensor_to(x, *args, **kwargs):
    """`x.to(...)` / `module.to(...)` in all of PyTorch's forms: a dtype, another tensor (its dtype)
    or `dtype=` casts; devices change nothing (Jittor places data by jt.flags.use_cuda). An object
    that is neither a Var nor a Module gets its own `.to`."""
    if not isinstance(x, (jt.Var, jt.Module)):
        return x.to(*args, **kwargs)
    leading = _without_flags(args)
    flags = args[len(leading):]  # (non_blocking, copy) given by position
    if isinstance(x, jt.Var) and (kwargs.get("copy") or (len(flags) > 1 and flags[1])):
        out = tensor_to(x, *leading, **{k: v for k, v in kwargs.items() if k != "copy"})
        return out.clone() if out is x else out  # copy=True: a new tensor even where nothing changes
    dtype = kwargs.get("dtype")
    for arg in args:
        if isinstance(arg, jt.Var):
            dtype = arg.dtype
        elif _is_dtype(arg):
            dtype = arg
    if dtype is None:
        return x
    if isinstance(x, jt.Module):  # PyTorch casts the floating-point parameters and buffers only
        for p in x.parameters():
            if p.dtype.is_float():
                p.assign(p.cast(dtype_name(dtype)))
        return x
    return _cast(x, dtype_name(dtype))


def _without_flags(args):
    """The arguments before the non_blocking/copy flags (bools) given by position."""
    args = list(args)
    while args and isinstance(args[-1], bool):
        args.pop()
    return tuple(args)


def _new(x, fill, size, dtype):
    if len(size) == 1 and isinstance(size[0], (list, tuple, jt.NanoVector)):  # a NanoVector: `x.new_ones(y.size())`
        size = tuple(size[0])
    return jt.full(tuple(int(s) for s in size), fill, dtype_name(dtype) if dtype is not None else x.dtype)


def _size_argument(size, by_name):
    """PyTorch's `new_zeros(2, 3)`, `new_zeros((2, 3))` and `new_zeros(size=(2, 3))`."""
    if by_name:
        if size or set(by_name) != {"size"}:
            raise TypeError(f"new_*() got unexpected arguments {sorted(by_name)}")
        return (by_name["size"],)
    return size


def tensor_new_zeros(x, *size, dtype=None, device=None, requires_grad=False, layout=None, pin_memory=False,
                    **by_name):
    return _new(x, 0, _size_argument(size, by_name), dtype)


def tensor_new_ones(x, *size, dtype=None, device=None, requires_grad=False, layout=None, pin_memory=False,
                    **by_name):
    return _new(x, 1, _size_argument(size, by_name), dtype)


def tensor_new_empty(x, *size, dtype=None, device=None, requires_grad=False, layout=None, pin_memory=False,
                    **by_name):
    return _new(x, 0, _size_argument(size, by_name), dtype)


def inplace_(x, result):
    """`x.op_(...)` computed as `x.op(...)` then written into x, as PyTorch does: x keeps its
    shape and dtype (the result broadcasts to x; a floating result into an integer tensor is
    PyTorch's error), and x itself is returned."""
    if not isinstance(result, jt.Var):
        result = jt.array(result)
    if x.dtype.is_int() and result.dtype.is_float():
        raise RuntimeError(f"result type {result.dtype} can't be cast to the desired output type {x.dtype}")
    if tuple(result.shape) != tuple(x.shape):
        result = result.broadcast(x.shape)
    if result.dtype != x.dtype:
        result = result.cast(x.dtype)
    return x.assign(result)


def out_(out, result):
    """PyTorch's `out=` argument, `torch.add(a, b, out=o)` -> `t2j.out_(o, jt.add(a, b))`: the
    result written into `out` (resized to the result's shape, cast to out's dtype; a floating result
    into an integer or bool tensor is PyTorch's error), and `out` itself returned. A tuple of
    tensors takes a tuple result (`torch.max(x, 1, out=(values, indices))`)."""
    if isinstance(out, (tuple, list)):
        if not isinstance(result, (tuple, list)) or len(result) != len(out):
            raise TypeError(f"out= takes {len(out)} tensors here, the function gave {type(result).__name__}")
        for o, r in zip(out, result):
            out_(o, r)
        return tuple(out)
    if not isinstance(out, jt.Var):
        raise TypeError(f"argument 'out' must be Tensor, not {type(out).__name__}")
    if not isinstance(result, jt.Var):
        result = jt.array(result)
    if _category(str(result.dtype)) > _category(str(out.dtype)):  # bool < integer < floating
        raise RuntimeError(f"result type {result.dtype} can't be cast to the desired output type {out.dtype}")
    if result.dtype != out.dtype:
        result = result.cast(out.dtype)
    zero_dim = getattr(result, _ZERO_DIM, False)
    out.assign(result)
    if zero_dim or getattr(out, _ZERO_DIM, False):
        setattr(out, _ZERO_DIM, zero_dim)
    return out


# The methods above reach receivers the converter proved to be tensors; Var also gets the PyTorch
# methods it lacks, for the receivers it could not prove (a value another file's object holds).
from ._var_methods import install as _install_var_methods  # noqa: E402

_install_var_methods()


def tensor_bernoulli_(self, p=0.5, *, generator=None):
    """x.bernoulli_(p): x filled with 0/1 draws, 1 with probability p (a number or a tensor)."""
    return self.assign((jt.rand(tuple(self.shape)) < p).cast(self.dtype))


def inplace_apply(*args, op, **kwargs):
    """`torch.op_(input, ...)`: the helper module's function `op` (or Jittor's, `nn.elu`) computes
    torch.op(input, ...), the result is written into input (inplace_) and input returned."""
    import importlib
    import inspect

    if "." in op:  # a Jittor function: `nn.elu`
        module, _, name = op.rpartition(".")
        fn = getattr(importlib.import_module("jittor." + module), name)
    else:
        fn = getattr(importlib.import_module(__package__), op)
    target = args[0] if args else kwargs[next(iter(inspect.signature(fn).parameters))]
    return inplace_(target, fn(*args, **kwargs))


# --- predicates and the complex-number views of real tensors (Jittor has no complex dtypes) ----------
def tensor_is_complex(x):
    return False


def tensor_is_signed(x):
    return str(x.dtype) not in ("bool", "uint8")


def tensor_is_nonzero(x):
    """The truth of a one-element tensor, as bool(x); PyTorch's errors for other sizes."""
    if x.numel() != 1:
        raise RuntimeError("Boolean value of Tensor with more than one value is ambiguous" if x.numel()
                           else "Boolean value of Tensor with no values is ambiguous")
    return bool(x.item())


def tensor_is_same_size(x, other):
    return list(x.shape) == list(other.shape)


def tensor_conj(x):
    """A real tensor is its own conjugate (PyTorch returns the tensor itself)."""
    return x


def tensor_angle(x):
    """The argument of a real number: 0 for x >= 0, pi for x < 0, NaN for NaN (found in numpy, as
    _nan_mask says why); floats keep their dtype, integers give float32."""
    import math

    y = x if str(x.dtype) in ("float16", "bfloat16", "float32", "float64") else x.float32()
    angle = jt.ternary(y < 0, jt.full_like(y, math.pi), jt.zeros_like(y))
    return jt.ternary(_nan_mask(y), y, angle)
# Var's arithmetic operators promote dtypes as PyTorch does (_operators.py).
from ._operators import install as _install_operators  # noqa: E402

_install_operators()

# PyTorch's 0-dim tensors: Vars of shape [1] marked as such where they are made (_zero_dim.py).
from ._zero_dim import install as _install_zero_dim  # noqa: E402

_install_zero_dim()


def tensor_view_dtype(x, dtype):
    """`x.view(torch.int32)`: the same bytes read as another dtype (the last dimension scaled by the
    ratio of the element sizes), computed in numpy: no gradient."""
    import numpy as np

    want = np.dtype(dtype_name(dtype))
    have = x.numpy()
    if have.ndim == 0 or (have.dtype.itemsize != want.itemsize and not have.flags.c_contiguous):
        have = np.ascontiguousarray(have).reshape(have.shape or (1,))
    return jt.array(have.view(want))


# Jittor's own Var methods of these names raise where PyTorch computes: a squeezed dimension that is
# not 1 (PyTorch leaves it), t() of a 1-D tensor, negative permute dims, a number written by
# scatter_, repeat counts held in a tensor.
def tensor_squeeze(self, dim=None):
    from .ops.shape import squeeze

    return squeeze(self, dim)


def tensor_t(self):
    from .ops.shape import t

    return t(self)


def tensor_permute(self, *dims):
    from .ops.shape import permute

    return permute(self, dims[0] if len(dims) == 1 and isinstance(dims[0], (list, tuple)) else dims)


def tensor_scatter_(self, dim, index, src=None, *, value=None, reduce=None):
    from .ops.indexing import scatter

    return inplace_(self, scatter(self, dim, index, src, value=value, reduce=reduce))


def tensor_repeat_interleave(self, repeats, dim=None, *, output_size=None):
    from .ops.shape import repeat_interleave

    return repeat_interleave(self, repeats, dim, output_size)


def tensor_outer(self, vec2):
    from .ops.linalg import outer

    return outer(self, vec2)


def tensor_scatter_add_(self, dim, index, src):
    from .ops.indexing import scatter_add

    return inplace_(self, scatter_add(self, dim, index, src))


def tensor_is_contiguous(self, memory_format=None):
    """A Var has one memory layout, the contiguous one (PyTorch's channels_last layouts are never
    made: `.to(memory_format=...)` keeps it)."""
    return memory_format is None or getattr(memory_format, "name", None) in ("contiguous_format", "preserve_format")


# --- diagonals, legacy constructors and placement queries --------------------------------------------
def tensor_fill_diagonal_(self, fill_value, wrap=False):
    """The main diagonal (every dim equal past 2-D) set to fill_value in place; a tall matrix with wrap
    starts again after each block of ncols + 1 rows, as numpy.fill_diagonal. Only positions are found in
    numpy: the other elements keep their gradient."""
    import numpy as np

    shape = list(self.shape)
    if len(shape) < 2:
        raise RuntimeError("dimensions must larger than 1")
    if len(shape) > 2 and len(set(shape)) != 1:
        raise RuntimeError("all dimensions of input must be of equal length")
    numel = int(np.prod(shape))
    if len(shape) == 2:
        step = shape[1] + 1
        end = numel if wrap else min(shape) * shape[1]
    else:
        step = int(sum(np.cumprod([1] + shape[:0:-1])))
        end = numel
    mask = np.zeros(numel, dtype=bool)
    mask[0:end:step] = True
    fill = jt.full(shape, fill_value, self.dtype)
    return inplace_(self, jt.ternary(jt.array(mask.reshape(shape)), fill, self))


def tensor_new(self, *args, device=None):
    """PyTorch's legacy constructor in self's dtype, by the kind of its arguments (torch.Tensor's: sizes
    give an uninitialized tensor, data a copy, nothing an empty one); a tensor of self's dtype comes back
    itself (PyTorch's is another tensor sharing its storage: writes to either show in both, as here), one
    of another dtype is PyTorch's TypeError."""
    from .ops.creation import legacy_tensor

    if len(args) == 1 and isinstance(args[0], jt.Var):
        if args[0].dtype != self.dtype:
            raise TypeError(f"expected {self.dtype} (got {args[0].dtype})")
        return args[0]
    return legacy_tensor(str(self.dtype), *args)


def tensor_new_empty_strided(self, size, stride, dtype=None, device=None, requires_grad=False, layout=None,
                             pin_memory=False):
    """An uninitialized tensor of `size` (self's dtype by default): Jittor has no strides."""
    if len(tuple(size)) != len(tuple(stride)):
        raise RuntimeError("mismatch in length of strides and shape")
    return jt.zeros([int(s) for s in size], dtype=dtype_name(dtype) if dtype is not None else self.dtype)


def tensor_get_device(self):
    """The CUDA device index, -1 on the CPU: where Jittor computes every Var (jt.flags.use_cuda)."""
    return 0 if jt.flags.use_cuda else -1


def tensor_is_inference(self):
    """False: Jittor has no inference tensors (torch.inference_mode's stand-in makes ordinary ones)."""
    return False


def tensor_is_pinned(self, device=None):
    """False: Jittor has no page-locked host tensors."""
    return False


def tensor_share_memory_(self):
    """Marks the tensor shared (PyTorch moves its storage to shared memory for other processes): returns it."""
    self._t2j_shared = True
    return self


def tensor_is_shared(self):
    """True once share_memory_() was called on this tensor."""
    return bool(getattr(self, "_t2j_shared", False))


# --- in-place samplers: the receiver filled with draws of its own dtype (values differ from PyTorch's by
# nature; the distributions are PyTorch's) ----------------------------------------------------------------
def _check_continuous(self, name):
    """A continuous distribution into an integer tensor is PyTorch's error."""
    if not self.dtype.is_float():
        raise RuntimeError(f"{name} distribution is a continuous probability distribution. dtype must be a "
                           f"floating point but you specified {self.dtype}")


def _uniform_like(self, name=None):
    """Draws in [0, 1) of self's shape, in float64 for a float64 receiver (`name`: a continuous distribution's)."""
    if name:
        _check_continuous(self, name)
    u = jt.rand(tuple(self.shape))
    return u.cast("float64") if str(self.dtype) == "float64" else u


def tensor_cauchy_(self, median=0, sigma=1, *, generator=None):
    import math

    return inplace_(self, median + sigma * jt.tan(math.pi * (_uniform_like(self, 'Cauchy') - 0.5)))


def tensor_exponential_(self, lambd=1, *, generator=None):
    if lambd <= 0:
        raise RuntimeError(f"exponential_ expects lambda > 0.0, but found lambda={float(lambd)}")
    # 1 - u is in (0, 1]: the draws are positive, as PyTorch's
    return inplace_(self, -jt.log(1 - _uniform_like(self, 'Exponential')) / lambd)


def tensor_geometric_(self, p, *, generator=None):
    """The number of Bernoulli(p) trials up to the first success: 1, 2, ..."""
    import math

    if not 0 < p < 1:
        raise RuntimeError(f"geometric_ expects p to be in (0, 1), but got p={p}")
    trials = jt.ceil(jt.log(1 - _uniform_like(self)) / math.log1p(-p))
    return inplace_(self, jt.maximum(trials, jt.ones_like(trials)).cast(self.dtype))


def tensor_log_normal_(self, mean=1, std=2, *, generator=None):
    if std <= 0:
        raise RuntimeError(f"log_normal_ expects std > 0.0, but found std={float(std)}")
    if not self.dtype.is_float():
        raise NotImplementedError(f'"log_normal_cpu" not implemented for \'{self.dtype}\'')
    z = jt.randn(tuple(self.shape))
    z = z.cast("float64") if str(self.dtype) == "float64" else z
    return inplace_(self, jt.exp(z * std + mean))


# the largest value random_() draws by default: every integer of the dtype that is >= 0, or, for a float
# dtype, every integer it holds exactly (2 ** mantissa bits)
_RANDOM_TOP = {"float16": 2 ** 11, "bfloat16": 2 ** 8, "float32": 2 ** 24, "float64": 2 ** 53, "bool": 1,
               "uint8": 255, "int8": 127, "int16": 2 ** 15 - 1, "int32": 2 ** 31 - 1, "int64": 2 ** 63 - 1}


def tensor_random_(self, *args, generator=None, **by_name):
    """Integers drawn uniformly (numpy's generator, seeded with Jittor's): random_() over [0, top] of the
    dtype, random_(to) over [0, to), random_(from, to) over [from, to) (to None: [from, top])."""
    import numpy as np

    if "to" in by_name:
        args = args + (by_name.pop("to"),) if args else (0, by_name.pop("to"))
    if by_name:
        raise TypeError(f"random_() got unexpected keyword arguments {sorted(by_name)}")
    top = _RANDOM_TOP[str(self.dtype)]
    if not args:
        lo, hi = 0, top + 1
    elif len(args) == 1:
        lo, hi = 0, int(args[0])
    else:
        lo, hi = int(args[0]), top + 1 if args[1] is None else int(args[1])
    if lo >= hi:
        raise RuntimeError(f"random_ expects 'from' to be less than 'to', but got from={lo} >= to={hi}")
    draws = np.random.randint(lo, hi, size=tuple(self.shape), dtype=np.int64) if hi <= 2 ** 63 else (
        np.random.randint(lo, hi - 1, size=tuple(self.shape), dtype=np.int64))
    return inplace_(self, var_keeping_dtype(draws.astype(str(self.dtype))))


# --- resizing ----------------------------------------------------------------------------------------
def _sizes_of(sizes):
    if len(sizes) == 1 and not isinstance(sizes[0], int):
        sizes = tuple(sizes[0])
    return [int(s) for s in sizes]


def tensor_resize_(self, *sizes, memory_format=None):
    """self given the shape `sizes` in place, its elements kept in row-major order: cut to the first
    elements when it shrinks, extended when it grows (PyTorch leaves the new elements uninitialized;
    zeros here)."""
    import numpy as np

    size = _sizes_of(sizes)
    if getattr(self, "_t2j_leaf", False):
        raise RuntimeError("cannot resize variables that require grad")
    n, flat = int(np.prod(size)), self.reshape([-1])
    if n < flat.shape[0]:
        flat = flat[:n]
    elif n > flat.shape[0]:
        flat = jt.concat([flat, jt.zeros([n - flat.shape[0]], dtype=self.dtype)])
    return self.assign(flat.reshape(size or [1]))


def tensor_resize_as_(self, the_template, memory_format=None):
    return tensor_resize_(self, list(the_template.shape))


def tensor_resize(self, *sizes):
    """The deprecated out-of-place resize: a reshape that keeps the number of elements (PyTorch's error else)."""
    import numpy as np

    size = _sizes_of(sizes)
    if int(np.prod(size)) != self.numel():
        raise RuntimeError(f"requested resize to {'x'.join(map(str, size))} ({int(np.prod(size))} elements in total), "
                           f"but the given tensor has a size of {'x'.join(map(str, self.shape))} ({self.numel()} "
                           "elements). autograd's resize can only change the shape of a given tensor, while "
                           "preserving the number of elements. ")
    return self.reshape(size or [1])


def tensor_resize_as(self, tensor):
    return tensor_resize(self, list(tensor.shape))
