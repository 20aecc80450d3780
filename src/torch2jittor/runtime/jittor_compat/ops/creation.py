"""torch's tensor creation functions with PyTorch's dtype inference and defaults."""
from __future__ import annotations

import builtins
import functools
import inspect
import math

import jittor as jt
import numpy as np

from .._common import FLOAT_DTYPES, default_float, dtype_arg, shape_arg
from .._zero_dim import is_0d, mark
from ..generator import _draws_from


def _made(v, requires_grad=False):
    """A tensor a creation function made: a leaf requiring gradients with requires_grad=True, else
    one that requires none (Jittor's Var would: every floating Var is differentiable unless
    stopped; the mark answers PyTorch's `x.requires_grad` without stopping gradients that a later
    in-place write (`buf[i] = w * x`) brings in)."""
    if requires_grad:
        from ..tensor_methods import tensor_requires_grad_

        return tensor_requires_grad_(v)
    v._t2j_plain = True
    return v


def _creation(fn):
    """PyTorch's `requires_grad=` of a creation function (False by default): a further parameter,
    by position or name after the function's own (as the table's entries pass it), keyword-only
    after `*size`."""
    params = list(inspect.signature(fn).parameters.values())
    varkw = [p for p in params if p.kind is p.VAR_KEYWORD]
    params = [p for p in params if p.kind is not p.VAR_KEYWORD]
    kind = (inspect.Parameter.KEYWORD_ONLY if any(p.kind in (p.VAR_POSITIONAL, p.KEYWORD_ONLY) for p in params)
            else inspect.Parameter.POSITIONAL_OR_KEYWORD)
    signature = inspect.Signature(params + [inspect.Parameter("requires_grad", kind, default=False)] + varkw)

    @functools.wraps(fn)
    def made(*args, **kwargs):
        bound = signature.bind(*args, **kwargs)
        requires_grad = bound.arguments.pop("requires_grad", False)
        out = _made(fn(*bound.args, **bound.kwargs), requires_grad)
        return mark(out) if _zero_dim_request(bound.arguments, params) else out

    made.__signature__ = signature
    return made


def _zero_dim_request(arguments, params):
    """A creation call PyTorch answers with a 0-dim tensor: shape () (`zeros(())`, `full([], 7)`,
    `torch.zeros()`), or `*_like` of a 0-dim tensor."""
    if is_0d(arguments.get("input")):
        return True
    for p in params:
        if p.name == "size" and p.name in arguments:
            size = arguments["size"]
            try:
                return shape_arg(size if p.kind is p.VAR_POSITIONAL else (size,)) == ()
            except (TypeError, ValueError):
                return False
    return False


def _infer(data):
    """torch.tensor's dtype for Python data: each element's dtype (a Python float the default float
    dtype, an int int64, a bool bool; a numpy scalar or array and a Var their own: a list of
    np.float64 is float64, of np.int32 int32), promoted as PyTorch promotes dtypes."""
    from ..misc import _promote_names

    names = set()

    def walk(v):
        if isinstance(v, (jt.Var, np.ndarray, np.generic)):
            names.add(str(v.dtype))
        elif isinstance(v, (list, tuple)) or (hasattr(v, "__len__") and not isinstance(v, (str, bytes))):
            for i in range(len(v)):
                walk(v[i])
        elif isinstance(v, bool):
            names.add("bool")
        elif isinstance(v, int):
            names.add("int64")
        elif isinstance(v, float):
            names.add(default_float())
        else:
            raise TypeError(f"cannot infer a tensor dtype from {type(v).__name__}")

    walk(data)
    if not names:
        return default_float()
    result = names.pop()
    for name in names:
        result = _promote_names(result, name)
    return result


def _to_numpy(data):
    if isinstance(data, jt.Var):
        return data.numpy().reshape(()) if is_0d(data) else data.numpy()
    if isinstance(data, (list, tuple)) or (hasattr(data, "__len__") and not isinstance(data, np.ndarray)):
        return np.array([_to_numpy(data[i]) for i in range(len(data))])
    return np.asarray(data)


@_creation
def tensor(data, dtype=None):
    if isinstance(data, np.ndarray) and dtype is None:
        return from_numpy(data.copy())
    if isinstance(data, jt.Var) and dtype is None:
        return data.clone()
    target = dtype_arg(dtype) or _infer(data)
    if not isinstance(data, (list, tuple)) and not isinstance(data, (jt.Var, np.ndarray)) and not hasattr(data, "__len__"):
        # A Python scalar: Jittor has no 0-dim Var, the result has shape [1] (marked 0-dim).
        return mark(jt.array(np.array([data]).astype(target), dtype=target))
    return jt.array(_to_numpy(data).astype(target), dtype=target)


def as_tensor(data, dtype=None, requires_grad=False):
    """The tensor itself when it already has the dtype (it keeps its gradient), else a new one."""
    if isinstance(data, jt.Var):
        from ..tensor_methods import tensor_requires_grad_

        if dtype is not None and dtype_arg(dtype) != str(data.dtype):
            data = data.astype(dtype_arg(dtype))  # a copy the gradient flows through
        return tensor_requires_grad_(data) if requires_grad else data
    if isinstance(data, np.ndarray) and dtype is None:
        return from_numpy(data, requires_grad=requires_grad)
    return tensor(data, dtype, requires_grad=requires_grad)


@_creation
def from_numpy(ndarray):
    # jt.array would turn int64/float64 into int32/float32 (auto_convert_64_to_32); keep the dtype.
    out = jt.array(ndarray, dtype=str(ndarray.dtype))
    return mark(out) if ndarray.ndim == 0 else out


def _factory_dtype(dtype):
    return dtype_arg(dtype) or default_float()


def _sizes(name, size, by_name):
    """`*size` as torch takes it, or by name: torch.empty(size=(2, 3))."""
    if by_name:
        if size or set(by_name) != {"size"}:
            raise TypeError(f"{name}() received an invalid combination of arguments: {sorted(by_name)}")
        return shape_arg((by_name["size"],))
    return shape_arg(size)


@_creation
def zeros(*size, dtype=None, **by_name):
    return jt.zeros(_sizes("zeros", size, by_name), dtype=_factory_dtype(dtype))


@_creation
def ones(*size, dtype=None, **by_name):
    return jt.ones(_sizes("ones", size, by_name), dtype=_factory_dtype(dtype))


@_creation
def empty(*size, dtype=None, **by_name):
    return jt.empty(_sizes("empty", size, by_name), dtype=_factory_dtype(dtype))


@_creation
def full(size, fill_value, dtype=None):
    if dtype is None:
        if isinstance(fill_value, bool):
            dtype = "bool"
        elif isinstance(fill_value, int):
            dtype = "int64"
        elif isinstance(fill_value, jt.Var):
            dtype = str(fill_value.dtype)
        else:
            dtype = default_float()
    dtype = dtype_arg(dtype)
    if isinstance(fill_value, jt.Var):
        return jt.zeros(shape_arg((size,)), dtype=dtype) + fill_value.astype(dtype)
    return jt.full(shape_arg((size,)), fill_value, dtype=dtype)


@_creation
def zeros_like(input, dtype=None):
    return jt.zeros(input.shape, dtype=dtype_arg(dtype) or str(input.dtype))


@_creation
def ones_like(input, dtype=None):
    return jt.ones(input.shape, dtype=dtype_arg(dtype) or str(input.dtype))


@_creation
def empty_like(input, dtype=None):
    return jt.empty(input.shape, dtype=dtype_arg(dtype) or str(input.dtype))


@_creation
def full_like(input, fill_value, dtype=None):
    dtype = dtype_arg(dtype) or str(input.dtype)
    if dtype in FLOAT_DTYPES or dtype == "bool" or isinstance(fill_value, (int, bool)):
        return jt.full(input.shape, fill_value, dtype=dtype)
    return jt.full(input.shape, int(fill_value), dtype=dtype)  # float into an integer tensor truncates


@_creation
def arange(start=0, end=None, step=1, dtype=None):
    if end is None:
        start, end = 0, start
    values = [v.item() if isinstance(v, jt.Var) else v for v in (start, end, step)]
    if dtype is None:
        dtype = "int64" if all(isinstance(v, int) and not isinstance(v, float) for v in values) else default_float()
    dtype = dtype_arg(dtype)
    start, end, step = values
    n = int(math.ceil((end - start) / step))
    if dtype in FLOAT_DTYPES:
        data = start + np.arange(builtins.max(n, 0), dtype="float64") * step
    else:
        data = np.arange(start, end, step)
    return jt.array(data.astype(dtype), dtype=dtype)


@_creation
def linspace(start, end, steps, dtype=None):
    dtype = dtype_arg(dtype) or default_float()
    # PyTorch's kernel: in the output's float precision (double for integer outputs), the first
    # half counted up from start, the second half back from end.
    f = np.float32 if dtype in ("float32", "float16", "bfloat16") else np.float64
    # start and end may be 0-dim tensors (numbers)
    start, end = (v.item() if isinstance(v, jt.Var) else v for v in (start, end))
    if steps == 1:
        data = np.array([start], dtype=f)
    else:
        s, e = f(start), f(end)
        step = (e - s) / f(steps - 1)
        i = np.arange(steps)
        half = steps // 2
        data = np.where(i < half, s + step * i.astype(f), e - step * (steps - 1 - i).astype(f))
    if dtype not in FLOAT_DTYPES:
        data = np.trunc(data)
    return jt.array(data.astype(dtype), dtype=dtype)


@_creation
def logspace(start, end, steps, base=10.0, dtype=None):
    dtype = dtype_arg(dtype) or default_float()
    exps = linspace(start, end, steps, dtype="float64").numpy()
    return jt.array(np.power(base, exps).astype(dtype), dtype=dtype)


@_creation
def eye(n, m=None, dtype=None):
    dtype = dtype_arg(dtype) or default_float()
    return jt.array(np.eye(n, n if m is None else m).astype(dtype), dtype=dtype)


def _generated(generator, shape, draw, dtype):
    """A Var of `shape` from an explicit generator's draws (PyTorch's numbers: generator.py)."""
    n = int(np.prod(shape, dtype=np.int64))
    return jt.array(np.asarray(draw(generator, n)).astype(dtype).reshape(shape), dtype=dtype)


@_creation
def rand(*size, generator=None, dtype=None, **by_name):
    shape, dtype = _sizes("rand", size, by_name), _factory_dtype(dtype)
    if _draws_from(generator):
        return _generated(generator, shape, lambda g, n: g.uniform(n, dtype), dtype)
    # jt.rand/jt.randn ignore dtype (always float32)
    return jt.rand(shape).astype(dtype)


def bernoulli(input, p=None, *, generator=None):
    """torch.bernoulli(probs) / probs.bernoulli(): 0/1 draws of the input's dtype, each 1 with its
    probability; with `p`, every element with probability p (values differ from PyTorch's draws,
    unless drawn from an explicit generator: a uniform below the probability, float32 against a
    tensor of probabilities and float64 against a number, as PyTorch's CPU kernels draw)."""
    prob = input if p is None else p
    if _draws_from(generator):
        precision = "float32" if isinstance(prob, jt.Var) else "float64"
        u = _generated(generator, tuple(input.shape), lambda g, n: g.uniform(n, precision), precision)
        return (u < prob).cast(input.dtype)
    return (jt.rand(tuple(input.shape)) < prob).cast(input.dtype)


def multinomial(input, num_samples, replacement=False, *, generator=None):
    """Category indices (int64) drawn per row with probability proportional to the row's weights,
    with PyTorch's argument checks; numpy draws them (no gradient; values differ from PyTorch's,
    unless drawn from an explicit generator)."""
    given = input.numpy()
    w = given.astype(np.float64)
    if w.ndim not in (1, 2):
        raise RuntimeError("prob_dist must be 1 or 2 dim")
    if num_samples <= 0:
        raise RuntimeError("cannot sample n_sample <= 0 samples")
    if not replacement and num_samples > w.shape[-1]:
        raise RuntimeError("cannot sample n_sample > prob_dist.size(-1) samples without replacement")
    if (w < 0).any() or not np.isfinite(w).all():
        raise RuntimeError("probability tensor contains either `inf`, `nan` or element < 0")
    rows = w.reshape(-1, w.shape[-1])
    if (rows.sum(1) <= 0).any():
        raise RuntimeError("invalid multinomial distribution (sum of probabilities <= 0)")
    out = []
    for row in rows:
        p = row / row.sum()
        if not replacement and num_samples > np.count_nonzero(p):
            raise RuntimeError("invalid multinomial distribution (with replacement=False, not enough non-negative "
                               "category to sample)")
        if generator is None:
            out.append(np.random.choice(len(p), num_samples, replace=replacement, p=p))
    if _draws_from(generator):
        return jt.array(generator.multinomial(given, num_samples, replacement)).astype("int64")
    result = np.stack(out).astype(np.int64)
    return jt.array(result.reshape(-1) if w.ndim == 1 else result).astype("int64")


def normal(mean, std=1.0, size=None, *, generator=None, dtype=None):
    """torch.normal's forms: tensor mean and/or std (broadcast together; result of their dtype),
    or float mean and std with `size`."""
    if size is not None:
        return randn(size, dtype=dtype, generator=generator) * std + mean
    like = mean if isinstance(mean, jt.Var) else std
    if not isinstance(like, jt.Var):
        raise TypeError("normal() received an invalid combination of arguments: give a tensor mean or std, or size")
    shape = np.broadcast_shapes(tuple(mean.shape) if isinstance(mean, jt.Var) else (),
                                tuple(std.shape) if isinstance(std, jt.Var) else ())
    return randn(shape, dtype=str(like.dtype), generator=generator) * std + mean


@_creation
def randn(*size, generator=None, dtype=None, **by_name):
    shape, dtype = _sizes("randn", size, by_name), _factory_dtype(dtype)
    if _draws_from(generator):
        return _generated(generator, shape, lambda g, n: g.normal(n, dtype), dtype)
    return jt.randn(shape).astype(dtype)


@_creation
def rand_like(input, generator=None, dtype=None):
    return rand(input.shape, dtype=dtype or str(input.dtype), generator=generator)


@_creation
def randn_like(input, generator=None, dtype=None):
    return randn(input.shape, dtype=dtype or str(input.dtype), generator=generator)


@_creation
def randint(low=0, high=None, size=None, generator=None, dtype=None):
    if size is None:  # randint(high, size)
        low, high, size = 0, low, high
    elif high is None:  # randint(high, size=...)
        low, high = 0, low
    dtype = dtype_arg(dtype) or "int64"
    if _draws_from(generator):
        return _generated(generator, shape_arg((size,)), lambda g, n: g.integers(low, high, n), dtype)
    r = jt.floor(jt.rand(shape_arg((size,)), dtype="float64") * (high - low)) + low
    return r.astype(dtype)


@_creation
def randint_like(input, low=0, high=None, generator=None, dtype=None):
    if high is None:
        low, high = 0, low
    return randint(low, high, tuple(input.shape), dtype=dtype_arg(dtype) or str(input.dtype), generator=generator)


@_creation
def randperm(n, generator=None, dtype=None):
    if _draws_from(generator):
        return jt.array(generator.permutation(int(n))).astype(dtype_arg(dtype) or "int64")
    return jt.randperm(n).astype(dtype_arg(dtype) or "int64")


class _LegacyTensorType(type):
    """torch.FloatTensor & co.: called, a tensor of the type's dtype; in isinstance(), a Var of it."""

    def __instancecheck__(cls, obj):
        return isinstance(obj, jt.Var) and (cls.dtype is None or str(obj.dtype) == cls.dtype)

    def __call__(cls, *args, device=None):
        return legacy_tensor(cls.dtype or default_float(), *args)


def _is_size(value):
    return type(value).__name__ in ("Size", "NanoVector")


@_creation
def legacy_tensor(dtype, *args):
    """PyTorch's legacy constructors by argument kind: `torch.Tensor(2, 3)` or `torch.Tensor(x.size())`
    give a tensor of that size (uninitialised in PyTorch; zeros here), `torch.Tensor([1, 2])` or
    `torch.LongTensor(array)` a copy of the data cast to the type's dtype, `torch.Tensor()` an
    empty one."""
    if len(args) == 1 and _is_size(args[0]):
        return jt.zeros(tuple(int(s) for s in args[0]), dtype=dtype)
    if all(isinstance(a, (int, np.integer)) and not isinstance(a, (bool, np.bool_)) for a in args):
        return jt.zeros(tuple(int(a) for a in args) if args else (0,), dtype=dtype)
    if len(args) == 1:
        data = args[0]
        if isinstance(data, jt.Var):
            return data.cast(dtype)
        return jt.array(_to_numpy(data).astype(dtype), dtype=dtype)
    raise TypeError(f"new(): invalid arguments: {tuple(type(a).__name__ for a in args)}")


# `torch.Tensor(...)`: float32, and every tensor in isinstance() (rules/tensor_constructors.py)
Tensor = _LegacyTensorType("Tensor", (), {"dtype": None})
FloatTensor = _LegacyTensorType("FloatTensor", (), {"dtype": "float32"})
DoubleTensor = _LegacyTensorType("DoubleTensor", (), {"dtype": "float64"})
HalfTensor = _LegacyTensorType("HalfTensor", (), {"dtype": "float16"})
LongTensor = _LegacyTensorType("LongTensor", (), {"dtype": "int64"})
IntTensor = _LegacyTensorType("IntTensor", (), {"dtype": "int32"})
ShortTensor = _LegacyTensorType("ShortTensor", (), {"dtype": "int16"})
CharTensor = _LegacyTensorType("CharTensor", (), {"dtype": "int8"})
ByteTensor = _LegacyTensorType("ByteTensor", (), {"dtype": "uint8"})
BoolTensor = _LegacyTensorType("BoolTensor", (), {"dtype": "bool"})


def _indices(function, row, col, offset, dtype):
    rows, cols = function(row, offset, col)
    dtype = dtype_arg(dtype) or "int64"
    return jt.array(np.stack([rows, cols]).reshape(2, -1).astype(dtype), dtype=dtype)


@_creation
def tril_indices(row, col, offset=0, dtype=None):
    """The (2, N) row-major coordinates of the lower triangle of a row x col matrix."""
    return _indices(np.tril_indices, row, col, offset, dtype)


@_creation
def triu_indices(row, col, offset=0, dtype=None):
    return _indices(np.triu_indices, row, col, offset, dtype)


@_creation
def range_(start=0, end=None, step=1, dtype=None):
    """torch.range: end included, float32 (the default dtype) unless dtype says otherwise."""
    if end is None:
        start, end = 0, start
    values = [v.item() if isinstance(v, jt.Var) else v for v in (start, end, step)]
    start, end, step = values
    dtype = dtype_arg(dtype) or default_float()
    n = int(math.floor((end - start) / step)) + 1
    data = start + np.arange(builtins.max(n, 0), dtype="float64") * step
    return jt.array(data.astype(dtype), dtype=dtype)


@_creation
def scalar_tensor(s, dtype=None):
    """A 0-dim tensor (a marked one-element Var) of the default float dtype unless dtype says otherwise."""
    dtype = dtype_arg(dtype) or default_float()
    return mark(jt.array(np.array([s]).astype(dtype), dtype=dtype))


def vander(x, N=None, increasing=False):
    """Columns x**0, x**1, ... (decreasing unless `increasing`), built by repeated products: the
    dtype stays x's (int64 included) and the gradient flows."""
    n = x.shape[0] if N is None else N
    columns, power = [], jt.ones(x.shape, dtype=x.dtype)
    for _ in range(n):
        columns.append(power)
        power = power * x
    if not increasing:
        columns = columns[::-1]
    if not columns:
        return jt.zeros((x.shape[0], 0), dtype=x.dtype)
    return jt.stack(columns, 1)


# --- window functions (torch/functional: hann_window & co.) ----------------------------------------------
def _window(window_length, periodic, dtype, formula):
    """A window of `window_length` points, from `formula(n, N)` over n = 0..N-1 (N the symmetric length: one
    more when periodic, the last point dropped), computed in float64 and cast to the float dtype."""
    dtype = dtype_arg(dtype) or default_float()
    if dtype not in FLOAT_DTYPES:
        raise RuntimeError(f"window functions are only defined for floating point types, got {dtype}")
    if window_length < 0:
        raise RuntimeError(f"window_length must be non-negative, got {window_length}")
    if window_length <= 1:
        data = np.ones((window_length,))
    else:
        n = window_length + 1 if periodic else window_length
        data = formula(np.arange(n, dtype=np.float64), n)[:window_length]
    return jt.array(data.astype(dtype), dtype=dtype)


def _cosine_sum(coefficients):
    return lambda k, n: sum(a * np.cos(2 * np.pi * i * k / (n - 1)) * (-1) ** i for i, a in enumerate(coefficients))


def hann_window(window_length, periodic=True, dtype=None):
    return _window(window_length, periodic, dtype, _cosine_sum((0.5, 0.5)))


def hamming_window(window_length, periodic=True, alpha=0.54, beta=0.46, dtype=None):
    return _window(window_length, periodic, dtype, _cosine_sum((alpha, beta)))


def blackman_window(window_length, periodic=True, dtype=None):
    return _window(window_length, periodic, dtype, _cosine_sum((0.42, 0.5, 0.08)))


def bartlett_window(window_length, periodic=True, dtype=None):
    return _window(window_length, periodic, dtype, lambda k, n: 1 - np.abs(2 * k / (n - 1) - 1))


def kaiser_window(window_length, periodic=True, beta=12.0, dtype=None):
    def kaiser(k, n):
        alpha = (n - 1) / 2
        return np.i0(beta * np.sqrt(np.clip(1 - ((k - alpha) / alpha) ** 2, 0, None))) / np.i0(beta)

    return _window(window_length, periodic, dtype, kaiser)


# strides and a physical layout choose only where elements sit in memory: Jittor has no strides, so the
# tensors are torch.empty's of the same size (values unspecified in both)
@_creation
def empty_strided(size, stride, dtype=None):
    if len(tuple(size)) != len(tuple(stride)):
        raise RuntimeError("mismatch in length of strides and shape")
    return jt.empty(shape_arg((tuple(size),)), dtype=_factory_dtype(dtype))


@_creation
def empty_permuted(size, physical_layout, dtype=None):
    if sorted(int(d) for d in physical_layout) != list(range(len(tuple(size)))):
        raise RuntimeError("Dimension order must be a permutation of the dimensions")
    return jt.empty(shape_arg((tuple(size),)), dtype=_factory_dtype(dtype))


def binomial(count, prob, generator=None):
    """Successes in `count` Bernoulli(prob) trials per element, drawn by numpy (seeded with Jittor's
    generator), in count's dtype."""
    n, p = count.numpy(), prob.numpy()
    if n.dtype.kind != "f":
        raise ValueError(f"binomial only supports floating-point dtypes for count, got: {count.dtype}")
    # PyTorch's sampler: p above 1 gives count, below 0 gives 0, NaN gives NaN
    shape = np.broadcast(n, p).shape
    draws = np.random.binomial(np.broadcast_to(n, shape).astype(np.int64),
                               np.clip(np.nan_to_num(np.broadcast_to(p, shape).astype(np.float64)), 0, 1))
    draws = np.where(np.isnan(p), np.nan, draws)
    return jt.array(draws.astype(n.dtype), dtype=str(n.dtype))


def poisson(input, generator=None):
    """Poisson counts with rate `input` per element, drawn by numpy (seeded with Jittor's generator), in
    input's dtype."""
    rate = input.numpy()
    if rate.dtype.kind != "f":
        raise NotImplementedError(f'"poisson_cpu" not implemented for \'{input.dtype}\'')
    if (rate < 0).any():
        raise RuntimeError("invalid Poisson rate, expected rate to be non-negative")
    return jt.array(np.random.poisson(rate.astype(np.float64)).astype(rate.dtype), dtype=str(rate.dtype))
