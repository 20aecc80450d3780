"""PyTorch's type promotion for the arithmetic operators of jittor.Var (`a * b`, `n / 2`, `2.5 * n`).

Jittor promotes by size where PyTorch promotes by category: int64 with float32 or with a Python
float gives float64 in Jittor, float32 in PyTorch; int64 / int64 gives float64 (PyTorch float32);
a bool Var times a Python int gives int8 (PyTorch int64), times a Python float float16 (PyTorch
float32); uint8 with uint8 (arithmetic, bitwise, shifts) computes and gives int8. The converter
leaves operators as written, so the helper package wraps Var's operators and the Var methods the
table maps PyTorch's to: operands already of PyTorch's result dtype go straight to Jittor's;
otherwise the Var operands are cast to it first (uint8 is computed in int16 and wrapped back). Installed when the helper
package is imported (converted code that never imports it keeps Jittor's promotion).
"""
from __future__ import annotations

import jittor as jt
import numpy as np

from ._common import FLOAT_DTYPES, default_float
from .ops.pointwise import _promote, _result_dtype

# operator or binary Var method (the converter maps x.add(y), x.div(y) to them) -> whether its result
# is floating even for integer operands (true division)
OPERATORS = {
    "__add__": False, "__radd__": False, "__sub__": False, "__rsub__": False, "__mul__": False,
    "__rmul__": False, "__truediv__": True, "__rtruediv__": True, "__floordiv__": False,
    "__rfloordiv__": False, "__mod__": False, "__rmod__": False, "__pow__": False, "__rpow__": False,
    "add": False, "sub": False, "subtract": False, "mul": False, "multiply": False, "div": True, "divide": True,
    "pow": False,
    "__or__": False, "__ror__": False, "__and__": False, "__rand__": False, "__xor__": False, "__rxor__": False,
    "__lshift__": False, "__rshift__": False, "bitwise_or": False, "bitwise_and": False, "bitwise_xor": False,
}
# Var methods computing in floating point: PyTorch gives float32 for integer and bool input, Jittor float64
# for int64.
FLOATING = ("sin cos tan asin acos atan arcsin arccos arctan sinh cosh tanh asinh acosh atanh arcsinh arccosh "
            "arctanh exp log sqrt sigmoid erf erfinv").split()
# Var reductions PyTorch accumulates in int64 for bool and every integer dtype (Jittor keeps int32, bool
# sums to int32).
INT64_REDUCTIONS = ("sum", "prod", "cumsum", "cumprod")
_SMALL_INTS = ("bool", "uint8", "int8", "int16", "int32")
# Jittor's CPU kernels cannot compile `!=` between two float16 (or bfloat16) Vars (an ambiguous C++
# operator, also after a cast to float32, which Jittor's fuser folds away): not (a == b) instead.
HALF_NOT_EQUAL = ("__ne__", "ne", "not_equal")
_HALVES = ("float16", "bfloat16")
# in-place operator or Var method -> the operator computing its value. Jittor's (`x *= y`, `x.mul_(y)`)
# assign x its own promotion's result, dtype included (float32 *= int64 made x float64); PyTorch computes
# the promoted value and writes it into x, keeping x's dtype (a floating value into an integer x raises).
INPLACE = {
    "__iadd__": "__add__", "__isub__": "__sub__", "__imul__": "__mul__", "__itruediv__": "__truediv__",
    "__ifloordiv__": "__floordiv__", "__imod__": "__mod__", "__ipow__": "__pow__", "__iand__": "__and__",
    "__ior__": "__or__", "__ixor__": "__xor__", "__ilshift__": "__lshift__", "__irshift__": "__rshift__",
    "add_": "add", "sub_": "sub", "mul_": "mul", "multiply_": "multiply", "pow_": "pow",
}


def _number(value):
    """A numpy scalar as the Python number it holds: PyTorch treats both as scalars that do not widen
    a tensor's dtype (float32 * np.float64(2) is float32; Jittor's numpy rules made it float64)."""
    return value.item() if isinstance(value, np.generic) and value.dtype.kind in "biuf" else value


def _exact_scalar(value, dtype):
    """A Python number as a one-element Var of `dtype` where Jittor's own constant would not hold it:
    Jittor makes a float constant float32 and an int constant int32, so float64 + 0.1 lost digits and
    int64 + 2**40 gave int64 + 0."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    if dtype == "float64" or dtype == "int64" and isinstance(value, int) and not -2**31 <= value < 2**31:
        return jt.array(np.array([value], dtype=dtype), dtype=dtype)
    return value


# float32 `x // y` and `x % y` computed in float64: Jittor's vectorised float32 division is a
# reciprocal estimate, so 7 // 1.0 gave 6 and `x % 97` was off by 97 for many x past 2**16
# (ops/pointwise._float_quotient)
_ROUNDED_QUOTIENT = ("__mod__", "__rmod__", "__floordiv__", "__rfloordiv__")


def _wrap(name, original, true_division):
    rounded = name in _ROUNDED_QUOTIENT

    def operator(self, other, *rest):
        other = _number(other)
        if isinstance(other, jt.Var):
            if (other.dtype == self.dtype and not true_division and self.dtype != "uint8"
                    and not (rounded and self.dtype in FLOAT_DTYPES and self.dtype != "float64")):
                return original(self, other, *rest)
        elif not isinstance(other, (bool, int, float)):
            return original(self, other, *rest)  # numpy arrays, lists: Jittor's own rules
        target = _promote(self, other)
        if true_division and target not in FLOAT_DTYPES:
            target = default_float()  # integer true division gives the default float dtype in PyTorch
        # Jittor computes on uint8 in int8 (uint8 + uint8 is int8, 200 >> 1 gives 228): in int16, wrapped back
        compute = "int16" if target == "uint8" else target
        if rounded and compute in FLOAT_DTYPES:
            compute = "float64"
        if self.dtype != compute:
            self = self.astype(compute)
        if isinstance(other, jt.Var) and other.dtype != compute:
            other = other.astype(compute)
        other = _exact_scalar(other, compute)
        out = original(self, other, *rest)
        return out if out.dtype == target else out.astype(target)

    operator.__name__ = operator.__qualname__ = name
    operator.__wrapped__ = original
    return operator


def _floating(name, original):
    def method(self, *args, **kwargs):
        if self.dtype not in FLOAT_DTYPES:
            self = self.astype("float32")
        return original(self, *args, **kwargs)

    method.__name__ = method.__qualname__ = name
    method.__wrapped__ = original
    return method


def _int64_reduction(name, original):
    def method(self, *args, **kwargs):
        if self.dtype in _SMALL_INTS:
            self = self.astype("int64")
        return original(self, *args, **kwargs)

    method.__name__ = method.__qualname__ = name
    method.__wrapped__ = original
    return method


# Var reductions giving NaN over no elements in PyTorch (`loss[mask].mean()` of an all-False mask);
# Jittor's give 0.
EMPTY_NAN = ("mean",)


def _empty_nan(name, original):
    def method(self, *args, **kwargs):
        out = original(self, *args, **kwargs)
        if self.numel() == 0 and isinstance(out, jt.Var) and out.numel() and out.dtype.is_float():
            out = jt.full(out.shape, float("nan"), out.dtype)
        return out

    method.__name__ = method.__qualname__ = name
    method.__wrapped__ = original
    return method


# Var methods taking a shape: Jittor's binding refuses a tuple subclass (the helpers' torch.Size)
SHAPE_METHODS = ("view", "reshape", "expand", "broadcast", "repeat")


def _plain_shapes(name, original):
    from .misc import Size

    def method(self, *args, **kwargs):
        if any(isinstance(a, Size) for a in args):
            args = tuple(tuple(a) if isinstance(a, Size) else a for a in args)
        return original(self, *args, **kwargs)

    method.__name__ = method.__qualname__ = name
    method.__wrapped__ = original
    return method


# jt functions joining Vars (torch.cat/stack map to them): Jittor promotes by size (int64 with float32
# gives float64), PyTorch by category (float32)
JOINS = ("concat", "stack")


class _Typed:
    def __init__(self, dtype):
        self.dtype = dtype


def _joined(name, original):
    import inspect

    first = next(iter(inspect.signature(original).parameters))  # concat's `arr`, stack's `x`

    def join(*args, **kwargs):
        items = args[0] if args else kwargs.get(first)
        if isinstance(items, (list, tuple)) and len(items) > 1 and all(isinstance(v, jt.Var) for v in items):
            dtypes = {str(v.dtype) for v in items}
            if len(dtypes) > 1:
                target = items[0]
                for v in items[1:]:
                    target = _Typed(_result_dtype(target, v))
                items = [v if str(v.dtype) == target.dtype else v.astype(target.dtype) for v in items]
            if name == "concat":
                # PyTorch's cat skips 1-dim empty tensors (`torch.cat([torch.tensor([]), x])`, an
                # accumulator started empty); Jittor's concat raises on their number of dimensions
                kept = [v for v in items if not (v.ndim == 1 and v.shape[0] == 0)]
                items = kept or items[:1]
            if args:
                args = (items,) + args[1:]
            else:
                kwargs[first] = items
        return original(*args, **kwargs)

    join.__name__ = join.__qualname__ = name
    join.__wrapped__ = original
    return join


# comparison operators: a Python number is taken in the tensor's dtype, as PyTorch takes it (an integer
# wraps into it: uint8 255 > -1 is False, -1 being 255; float64 and int64 keep every digit)
COMPARISONS = ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__")
_INTEGERS = ("uint8", "int8", "int16", "int32", "int64")


def _compare(name, original):
    def compare(self, other):
        other = _number(other)
        if isinstance(other, (int, float)) and not isinstance(other, bool):
            dtype = str(self.dtype)
            if dtype in _INTEGERS and isinstance(other, int):
                info = np.iinfo(dtype)
                if not info.min <= other <= info.max and -2**63 <= other < 2**64:
                    other = int(np.array(other % 2**64, dtype=np.uint64).astype(dtype))  # wrapped, as a cast
            other = _exact_scalar(other, dtype)
        return original(self, other)

    compare.__name__ = compare.__qualname__ = name
    compare.__wrapped__ = getattr(original, "__wrapped__", original)
    compare._t2j_compare = True
    return compare


# matrix products: Jittor computes integer ones as a sum, which the helper package's int64 reduction
# (INT64_REDUCTIONS) widens; PyTorch keeps the operands' promoted dtype (int32 @ int32 is int32)
MATMULS = ("matmul", "bmm")
VAR_MATMULS = ("matmul", "__matmul__")  # the same, as Var methods


def _matmul_keeping_dtype(name, original):
    def product(a, b, *args, **kwargs):
        out = original(a, b, *args, **kwargs)
        if isinstance(a, jt.Var) and isinstance(b, jt.Var) and isinstance(out, jt.Var) and not out.dtype.is_float():
            want = _result_dtype(a, b)
            if str(out.dtype) != want:
                out = out.astype(want)
        return out

    product.__name__ = product.__qualname__ = name
    product.__wrapped__ = original
    return product


def _half_not_equal(name, original):
    def not_equal(self, other):
        if isinstance(other, jt.Var) and self.dtype in _HALVES and other.dtype in _HALVES:
            return jt.Var.equal(self, other).logical_not()
        return original(self, other)

    not_equal.__name__ = not_equal.__qualname__ = name
    not_equal.__wrapped__ = original
    return not_equal


def _in_place(name, original):
    op = INPLACE[name]

    def method(self, *args, **kwargs):
        if kwargs and not args:  # Jittor's in-place methods take their operand as `y=`
            args, kwargs = tuple(kwargs.values()), {}
        if not args or not isinstance(args[0], (jt.Var, bool, int, float)):
            return original(self, *args, **kwargs)  # numpy arrays, lists: Jittor's own rules
        result = getattr(jt.Var, op)(self, *args, **kwargs)
        if result.dtype == self.dtype and tuple(result.shape) == tuple(self.shape):
            return self.assign(result)
        if self.dtype.is_int() and result.dtype.is_float() or self.dtype == "bool" and result.dtype != "bool":
            raise RuntimeError(f"result type {result.dtype} can't be cast to the desired output type {self.dtype}")
        if tuple(result.shape) != tuple(self.shape):
            result = result.broadcast(self.shape)
        return self.assign(result.cast(self.dtype))

    method.__name__ = method.__qualname__ = name
    method.__wrapped__ = original
    method._t2j_in_place = True
    return method


def install() -> None:
    wrappers = {**{name: (lambda n, o, t=t: _wrap(n, o, t)) for name, t in OPERATORS.items()},
                **{name: _floating for name in FLOATING}, **{name: _int64_reduction for name in INT64_REDUCTIONS},
                **{name: _empty_nan for name in EMPTY_NAN},
                **{name: _plain_shapes for name in SHAPE_METHODS}, **{name: _half_not_equal for name in HALF_NOT_EQUAL}}
    for name, wrap in wrappers.items():
        original = jt.Var.__dict__.get(name)
        if original is None or getattr(original, "__wrapped__", None) is not None:
            continue  # not Jittor's, or installed already (the package imported twice under two names)
        setattr(jt.Var, name, wrap(name, original))
    for name in COMPARISONS:  # over the float16 not-equal wrapper where there is one
        original = jt.Var.__dict__.get(name)
        if original is not None and not getattr(original, "_t2j_compare", False):
            setattr(jt.Var, name, _compare(name, original))
    for name in INPLACE:  # over _var_methods' wrappers of the augmented assignments (they keep gradients)
        original = jt.Var.__dict__.get(name)
        if original is not None and not getattr(original, "_t2j_in_place", False):
            setattr(jt.Var, name, _in_place(name, original))
    for name in MATMULS:
        original = getattr(jt, name, None)
        if original is not None and getattr(original, "__wrapped__", None) is None:
            setattr(jt, name, _matmul_keeping_dtype(name, original))
            if getattr(jt.nn, name, None) is original:
                setattr(jt.nn, name, getattr(jt, name))
    for name in VAR_MATMULS:
        original = jt.Var.__dict__.get(name)
        if original is not None and getattr(original, "__wrapped__", None) is None:
            setattr(jt.Var, name, _matmul_keeping_dtype(name, original))
    for name in JOINS:
        original = getattr(jt, name, None)
        if original is not None and getattr(original, "__wrapped__", None) is None:
            setattr(jt, name, _joined(name, original))
    if getattr(jt.nn.relu, "__wrapped__", None) is None:
        jt.nn.relu = _int_keeping_relu(jt.nn.relu)  # F.relu's target
    if "__invert__" not in jt.Var.__dict__:
        jt.Var.__invert__ = _invert  # `~mask` where the converter could not prove mask a tensor


def _int_keeping_relu(original):
    # Jittor's relu compares with 0.0: an int64 input gives float64, int32 float32 (PyTorch keeps the dtype)
    def relu(x):
        out = original(x)
        return out if not isinstance(x, jt.Var) or out.dtype == x.dtype else out.astype(x.dtype)

    relu.__name__ = relu.__qualname__ = "relu"
    relu.__wrapped__ = original
    return relu


def _invert(self):
    # PyTorch's ~: logical not on bool, bitwise not on integers (Jittor's Var has no operator ~)
    return self.logical_not() if self.dtype == "bool" else jt.bitwise_not(self)
