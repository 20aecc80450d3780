"""PyTorch's 0-dim tensors on Jittor, which has none: a full reduction, `v[2]` or `torch.tensor(3.5)`
gives a Var of shape [1].

Mostly the difference does not show ([1] broadcasts as () does), but some code sees it:
`torch.stack(losses)` of 0-dim losses is (n,) in PyTorch, (n, 1) from Jittor's stack; `s.dim()` is
0; `s.unsqueeze(0)` and `s[None]` are (1,), not (1, 1); `s.tolist()` is a number; `torch.tensor([a,
b])` of 0-dim tensors is (2,); `s.reshape(())` is valid; and a 0-dim operand does not widen a tensor
of its own category (a float32 tensor times a 0-dim float64 stays float32, ops/pointwise._result_dtype).

So a Var that PyTorch would hold as 0-dim carries a mark, set where it is made: Var's reductions
over every dimension (sum, mean, max, min, prod: the helpers reduce through them, and those that
lose the mark on the way are decorated with `reduction`/`scalar_result`), integer indexing of every
dimension (and iteration over a 1-dim Var, which indexes), `squeeze` to one element, `reshape(())`,
torch.tensor of a number and the creation functions given shape (); and carried through the
operators and elementwise methods and functions whose Var operands are all marked. A marked integer
Var indexes as the int it holds (`x[x.sum(1).argmax()]` is a row, not Jittor's (1, n)). The consumers
above read it. A 0-dim tensor made another way (through numpy) is an unmarked [1] and behaves as
Jittor's, as before. `s.numpy()` stays shape (1,): code comparing results with PyTorch's takes a
[1] array for a 0-dim one, as it always had to with Jittor.
"""
from __future__ import annotations

import functools
import inspect
import sys

import jittor as jt
import numpy as np

from ._index_slices import in_range, wrapped_negative

MARK = "_t2j_0d"
_INTS = ("int8", "int16", "int32", "int64", "uint8")


def is_0d(value) -> bool:
    return isinstance(value, jt.Var) and getattr(value, MARK, False)


def mark(value):
    """value marked as PyTorch's 0-dim tensor when it is a Var of shape [1]."""
    if isinstance(value, jt.Var) and value.ndim == 1 and value.shape[0] == 1:
        setattr(value, MARK, True)
    return value


def as_input(input, out):
    """out marked 0-dim when the elementwise op's input is."""
    return mark(out) if getattr(input, MARK, False) else out


def _operands_0d(args, kwargs) -> bool:
    """Every Var operand is marked (Python numbers broadcast as 0-dim)."""
    return all(getattr(a, MARK, False) for a in args if isinstance(a, jt.Var)) and \
        all(getattr(a, MARK, False) for a in kwargs.values() if isinstance(a, jt.Var))


# --- producers -------------------------------------------------------------------------------------
# Var's reductions, taking (dims, keepdims) by position or name
REDUCTIONS = ("sum", "mean", "max", "min", "prod")
# elementwise Var methods and operators: the result is 0-dim when the receiver and every Var operand are
ELEMENTWISE = (
    "abs exp log sqrt sin cos tan tanh sigmoid asin acos atan sinh cosh asinh acosh atanh round floor ceil trunc "
    "clone astype cast float32 float64 float16 bfloat16 int32 int64 int8 int16 uint8 bool float double long int half "
    "stop_grad detach sqr rsqrt log1p log2 log10 exp2 expm1 reciprocal clamp maximum minimum relu sign erf erfinv "
    "logical_not logical_and logical_or logical_xor add sub subtract mul multiply div divide pow floor_divide "
    "bitwise_and bitwise_or bitwise_xor bitwise_not "
    "__add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __truediv__ __rtruediv__ __floordiv__ __rfloordiv__ "
    "__mod__ __rmod__ __pow__ __rpow__ __neg__ __abs__ __invert__ __lt__ __le__ __gt__ __ge__ __eq__ __ne__ "
    "__and__ __rand__ __or__ __ror__ __xor__ __rxor__ __lshift__ __rshift__"
).split()


def reduces_every_dim(x, dim) -> bool:
    """Reducing x over `dim` (None, an int or a sequence; empty or None: every dimension), keepdim
    off, leaves PyTorch a 0-dim tensor."""
    if not isinstance(x, jt.Var) or isinstance(dim, jt.Var):  # max(x, other): elementwise
        return False
    if getattr(x, MARK, False) or dim is None or isinstance(dim, bool):
        return True
    dims = (dim,) if isinstance(dim, (int, np.integer)) else dim
    try:
        dims = {int(d) % x.ndim for d in dims}
    except (TypeError, ZeroDivisionError):
        return False
    return not dims or len(dims) == x.ndim


def _kept(keep) -> bool:
    return isinstance(keep, (int, np.integer)) and bool(keep)  # bool is an int; a Var is never kept


def _reduces_to_0d(x, args, kwargs) -> bool:
    """Var's reductions: x.sum(dims, keepdims), by position or name."""
    if _kept(kwargs.get("keepdims", kwargs.get("keepdim", args[1] if len(args) > 1 else False))):
        return False
    return reduces_every_dim(x, args[0] if args else kwargs.get("dims", kwargs.get("dim")))


def reduction(fn):
    """A helper computing a torch reduction `fn(input, dim=..., keepdim=...)`: its result (each Var of
    a (values, indices) pair) is marked 0-dim when it reduced every dimension of input. The helpers
    compute through reshapes and index picks that lose the mark."""
    signature = inspect.signature(fn)
    first = next(iter(signature.parameters))

    @functools.wraps(fn)
    def reduce(*args, **kwargs):
        out = fn(*args, **kwargs)
        try:
            arguments = signature.bind(*args, **kwargs).arguments
        except TypeError:
            return out
        if not _kept(arguments.get("keepdim", False)) and reduces_every_dim(arguments.get(first), arguments.get("dim")):
            for v in out if isinstance(out, tuple) else (out,):
                mark(v)
        return out

    return reduce


def scalar_result(fn):
    """A helper whose torch function always gives a 0-dim tensor (dot, trace, dist)."""
    @functools.wraps(fn)
    def scalar(*args, **kwargs):
        return mark(fn(*args, **kwargs))

    return scalar


# Jittor reduces in one sequential float32 pass: a float sum or mean over more values than this is
# computed through _common.precise_sum (PyTorch's precision)
_LONG_REDUCTION = 1024
# ... unless its input has more elements than this: Jittor fuses a reduction with the elementwise
# work before it (`(x.unsqueeze(-2) - y.unsqueeze(-3)).abs().sum(-1)` never makes the difference),
# and the partial sums make that input; up to 256 MB of float32 it may be made
_MADE_AT_MOST = 2**26


def _long_float_reduction(args, kwargs):
    """(dims, keepdims) of `x.sum(dims, keepdims)` / `jt.mean(x, ...)` over more than
    _LONG_REDUCTION float values per result, else None (Jittor's own pass is as precise)."""
    x = args[0] if args else None
    if not isinstance(x, jt.Var) or str(x.dtype) not in ("float32", "float16", "bfloat16"):
        return None
    if len(args) > 3 or set(kwargs) - {"dims", "dim", "keepdims", "keepdim"}:
        return None
    dims = args[1] if len(args) > 1 else kwargs.get("dims", kwargs.get("dim"))
    keep = args[2] if len(args) > 2 else kwargs.get("keepdims", kwargs.get("keepdim", False))
    if isinstance(dims, jt.Var) or not isinstance(keep, (bool, int, np.integer)) or x.ndim == 0:
        return None
    if x.numel() > _MADE_AT_MOST:
        return None
    if dims is None or isinstance(dims, (tuple, list)) and not dims:
        dims = range(x.ndim)
    elif isinstance(dims, (int, np.integer)):
        dims = (dims,)
    try:
        dims = sorted({int(d) % x.ndim for d in dims})
    except (TypeError, ValueError):
        return None
    count = 1
    for d in dims:
        count *= x.shape[d]
    return (dims, bool(keep)) if count > _LONG_REDUCTION else None


def _called_from_jittor() -> bool:
    """Whether the reduction's caller is Jittor's own code: its matmul sums a broadcast product
    (`(a.broadcast(...) * b.broadcast(...)).sum(-2)`), which Jittor fuses without making it; the
    short partial sums would make the whole product (a 1700x1700 matmul asked for 20 GB)."""
    module = sys._getframe(2).f_globals.get("__name__", "")
    return module == "jittor" or module.startswith("jittor.")


def _reduction(name, own):
    def method(*args, **kwargs):
        form = _long_float_reduction(args, kwargs) if name in ("sum", "mean") else None
        if form is not None and not _called_from_jittor():
            from ._common import precise_mean, precise_sum

            out = (precise_sum if name == "sum" else precise_mean)(args[0], *form)
        else:
            out = own(*args, **kwargs)
        if isinstance(out, jt.Var) and args and _reduces_to_0d(args[0], args[1:], kwargs):
            mark(out)
        return out

    return _named(method, name, own)


def _elementwise(name, own):
    def method(*args, **kwargs):
        out = own(*args, **kwargs)
        if (getattr(args[0], MARK, False) if args else any(getattr(a, MARK, False) for a in kwargs.values())) and \
                isinstance(out, jt.Var) and _operands_0d(args, kwargs):
            mark(out)
        return out

    return _named(method, name, own)


def _indexes_every_dim(x, index) -> bool:
    """x[index] is 0-dim in PyTorch: an integer (or 0-dim integer tensor) for every dimension."""
    if getattr(x, MARK, False):
        return False
    count = 0
    for i in index if isinstance(index, tuple) else (index,):
        if i is Ellipsis:
            continue
        if isinstance(i, (bool, np.bool_)):
            return False
        if isinstance(i, (int, np.integer)) or (getattr(i, MARK, False) and str(i.dtype) in _INTS):
            count += 1
        else:
            return False
    return count == x.ndim


def _int_index(i):
    return getattr(i, MARK, False) and str(i.dtype) in _INTS


def _plain_index(index):
    """A 0-dim integer tensor indexes as the int it holds (`x[x.sum(1).argmax()]` is a row; Jittor's
    advanced indexing by a one-element Var kept a dimension of size 1)."""
    if isinstance(index, tuple):
        return tuple(int(i.item()) if _int_index(i) else i for i in index) if any(map(_int_index, index)) else index
    return int(index.item()) if _int_index(index) else index


def _setitem(own):
    def __setitem__(self, index, value):
        index = wrapped_negative(self.shape, in_range(self.shape, _plain_index(index)))
        try:
            return own(self, index, value)
        except RuntimeError as refused:
            # PyTorch drops a value's leading size-1 dimensions (`logits[i] = model(x[[i]])` writes a
            # (1, 27) row into a (27,) one); Jittor refuses the extra dimension: one dropped per try
            while isinstance(value, jt.Var) and value.ndim > 1 and value.shape[0] == 1:
                value = value.reshape(list(value.shape[1:]))
                try:
                    return own(self, index, value)
                except RuntimeError:
                    pass
            raise refused

    return _named(__setitem__, "__setitem__", own)


def _getitem(own):
    def __getitem__(self, index):
        index = in_range(self.shape, _plain_index(index))  # slices clamped as Python does (_index_slices)
        if getattr(self, MARK, False):
            items = index if isinstance(index, tuple) else (index,)
            if len(items) == 1 and items[0] is None:
                return own(self, slice(None))  # s[None]: (1,), not Jittor's (1, 1)
            if not items or (len(items) == 1 and items[0] is Ellipsis):
                return mark(own(self, slice(None)))
        out = own(self, index)
        if isinstance(out, jt.Var) and _indexes_every_dim(self, index):
            mark(out)
        return out

    return _named(__getitem__, "__getitem__", own)


def _squeeze(own):
    def squeeze(x, dim=None):
        out = own(x, dim)
        if isinstance(out, jt.Var) and x.numel() == 1 and (dim is None or x.ndim == 1 or is_0d(x)):
            mark(out)
        return out

    return _named(squeeze, "squeeze", own)


def _empty_shape(args) -> bool:
    return len(args) == 1 and isinstance(args[0], (tuple, list)) and len(args[0]) == 0


def _reshape(name, own):
    """`s.reshape(())`, `x.view([])`: Jittor refuses an empty shape; PyTorch gives a 0-dim tensor of a
    one-element input."""
    def method(self, *args, **kwargs):
        if _empty_shape(args) and not kwargs and self.numel() == 1:
            return mark(own(self, [1]))
        return own(self, *args, **kwargs)  # an explicit shape: 1-dim or more, unmarked

    return _named(method, name, own)


# --- consumers -------------------------------------------------------------------------------------
def _dim(own):
    def dim(self):
        return 0 if getattr(self, MARK, False) else own(self)

    return _named(dim, "dim", own)


def _unsqueeze(own):
    def unsqueeze(x, dim):
        if getattr(x, MARK, False) and dim in (0, -1):
            return own(x, dim).reshape([1])  # (1,), as PyTorch's unsqueeze of a 0-dim tensor
        return own(x, dim)

    return _named(unsqueeze, "unsqueeze", own)


def _tolist(own):
    def tolist(self):
        return self.item() if getattr(self, MARK, False) else own(self)

    return _named(tolist, "tolist", own)


def _stack(own):
    def stack(x, dim=0):
        # PyTorch stacks equal shapes only: one marked item makes every one-element item 0-dim
        if isinstance(x, (list, tuple)) and x and any(getattr(v, MARK, False) for v in x) and dim in (0, -1) and \
                all(isinstance(v, jt.Var) and v.ndim == 1 and v.shape[0] == 1 for v in x):
            out = own([v.reshape([1, 1]) for v in x], 0)  # dtypes promoted as the wrapped stack does
            return out.reshape([len(x)])
        return own(x, dim)

    return _named(stack, "stack", own)


def _named(method, name, own):
    method.__name__ = method.__qualname__ = name
    method.__wrapped__ = own
    method._t2j_zero_dim = True
    return method


def _wrap(owner, name, wrapper):
    own = owner.__dict__.get(name) if isinstance(owner, type) else getattr(owner, name, None)
    if own is None or getattr(own, "_t2j_zero_dim", False):
        return  # not there, or installed already (the package imported twice under two names)
    setattr(owner, name, wrapper(own))


# jt's elementwise functions (the helpers compute through them): ELEMENTWISE's functions, not the dtype casts
FUNCTIONS = [n for n in ELEMENTWISE if not n.startswith("__") and n not in (
    "float32 float64 float16 bfloat16 int32 int64 int8 int16 uint8 bool float double long int half").split()] + ["ternary"]

# Var's own methods wrapped here (tests check no other name of Var's is replaced)
WRAPPED = REDUCTIONS + tuple(ELEMENTWISE) + ("__getitem__", "__setitem__", "squeeze", "view", "reshape", "dim", "unsqueeze", "tolist")


def install() -> None:
    for name in REDUCTIONS:
        _wrap(jt.Var, name, lambda own, n=name: _reduction(n, own))
    for name in ELEMENTWISE:
        _wrap(jt.Var, name, lambda own, n=name: _elementwise(n, own))
    for name in ("view", "reshape"):
        _wrap(jt.Var, name, lambda own, n=name: _reshape(n, own))
    _wrap(jt.Var, "__getitem__", _getitem)
    _wrap(jt.Var, "__setitem__", _setitem)
    _wrap(jt.Var, "squeeze", _squeeze)
    _wrap(jt.Var, "dim", _dim)
    _wrap(jt.Var, "unsqueeze", _unsqueeze)
    _wrap(jt.Var, "tolist", _tolist)
    for name in REDUCTIONS:
        _wrap(jt, name, lambda own, n=name: _reduction(n, own))
    for name in FUNCTIONS:
        _wrap(jt, name, lambda own, n=name: _elementwise(n, own))
    _wrap(jt, "unsqueeze", _unsqueeze)
    _wrap(jt, "squeeze", _squeeze)
    _wrap(jt, "stack", _stack)
