"""torch's elementwise functions with PyTorch's type promotion.

Helpers whose torch name is a Python builtin (abs, round, pow) carry a trailing underscore.
"""
from __future__ import annotations

import math

import jittor as jt
import numpy as np

from .._zero_dim import as_input, is_0d
from .._common import FLOAT_DTYPES, MantissaExponent, default_float, float_of, is_float, var_keeping_dtype, wrap_dim
from .creation import tensor


def _promote(a, b):
    """torch's result dtype for a binary op of a Var with a Var or Python number (a weak scalar)."""
    if isinstance(a, jt.Var) and isinstance(b, jt.Var):
        return _result_dtype(a, b)
    var, num = (a, b) if isinstance(a, jt.Var) else (b, a)
    d = str(var.dtype)
    if isinstance(num, bool):
        return d
    if isinstance(num, int):
        return "int64" if d == "bool" else d
    return d if d in FLOAT_DTYPES else default_float()


_RANK = ["bool", "uint8", "int8", "int16", "int32", "int64", "float16", "bfloat16", "float32", "float64"]


def _category(dtype):
    return 2 if dtype in FLOAT_DTYPES else 0 if dtype == "bool" else 1


def _result_dtype(a, b):
    """PyTorch's result dtype of two Vars (Jittor widens int64 with float32 to float64)."""
    da, db = str(a.dtype), str(b.dtype)
    if da == db:
        return da
    ca, cb = _category(da), _category(db)
    if ca != cb:
        return da if ca > cb else db
    zero_a, zero_b = is_0d(a), is_0d(b)
    if zero_a != zero_b:  # a 0-dim operand does not widen a tensor of its category
        return db if zero_a else da
    if {da, db} == {"float16", "bfloat16"}:
        return "float32"
    if {da, db} == {"uint8", "int8"}:
        return "int16"  # the smallest type holding both ranges
    return da if _RANK.index(da) > _RANK.index(db) else db


def _binary(a, b):
    """Both operands as Vars of PyTorch's result dtype."""
    if not isinstance(a, jt.Var) and not isinstance(b, jt.Var):
        a = tensor(a)
    target = _promote(a, b)
    a = a.astype(target) if isinstance(a, jt.Var) else jt.array(a, dtype=target)
    b = b.astype(target) if isinstance(b, jt.Var) else jt.array(b, dtype=target)
    return a, b


def add(input, other, alpha=1):
    a, b = _binary(input, other)
    return a + (b * alpha if alpha != 1 else b)


def sub(input, other, alpha=1):
    a, b = _binary(input, other)
    return a - (b * alpha if alpha != 1 else b)


subtract = sub


def mul(input, other):
    a, b = _binary(input, other)
    return a * b


multiply = mul


def div(input, other, rounding_mode=None):
    a, b = _binary(input, other)
    if rounding_mode is None:
        if not is_float(a):  # integer true division is float32 in PyTorch
            a, b = a.astype("float32"), b.astype("float32")
        return a / b
    if rounding_mode == "trunc":
        if is_float(a) or is_float(b):
            return _float_quotient(a, b, trunc)
        return trunc(a.astype("float64") / b.astype("float64")).astype(_result_dtype(a, b))
    if rounding_mode == "floor":
        return floor_divide(a, b)
    raise ValueError(f"div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '{rounding_mode}'")


divide = div


def true_divide(input, other):
    return div(input, other)


def floor_divide(input, other):
    a, b = _binary(input, other)
    if is_float(a) or is_float(b):
        return _float_quotient(a, b, jt.floor)
    q = jt.floor(a.astype("float64") / b.astype("float64"))
    return q.astype(_result_dtype(a, b))


def _float_quotient(a, b, rounding):
    """rounding(a / b) computed in float64, then in the operands' dtype. Jittor's vectorised float32
    division is a reciprocal estimate (7 / 1.0 gives 6.9999995 in a 3x4 Var), so floor(7 / 1.0) was 6;
    float64 division is exact."""
    if str(a.dtype) == "float64":
        return rounding(a / b)
    return rounding(a.astype("float64") / b.astype("float64")).astype(a.dtype)


def _float_mod(a, b, rounding):
    """a - rounding(a / b) * b computed in float64, then in the operands' dtype: with a float32
    quotient `x % 97` came out negative (off by 97) for many float32 x past 2**16, where PyTorch's is
    exact."""
    if str(a.dtype) == "float64":
        return a - rounding(a / b) * b
    a64, b64 = a.astype("float64"), b.astype("float64")
    return (a64 - rounding(a64 / b64) * b64).astype(a.dtype)


def remainder(input, other):
    a, b = _binary(input, other)
    if is_float(a) or is_float(b):
        return _float_mod(a, b, jt.floor)
    return a - floor_divide(a, b) * b


def fmod(input, other):
    a, b = _binary(input, other)
    if is_float(a) or is_float(b):
        return _float_mod(a, b, trunc)
    q = trunc(a.astype("float64") / b.astype("float64")).astype(_result_dtype(a, b))
    return a - q * b


def pow_(input, exponent):
    if not isinstance(input, jt.Var):
        target = _promote(input, exponent)
        # both in the result dtype: jt.pow(float32, int64) gives float64
        return jt.pow(jt.array(input, dtype=target), exponent.astype(target))
    # the Var operator, wrapped with PyTorch's promotion (jt.pow gives float64 for int64 ** 0.5)
    return input ** exponent


def _unary(name, op):
    def fn(input):
        x = float_of(input)
        out = op(x)
        # Jittor computes some (exp) of a float16 Var in float32; PyTorch keeps the input's dtype
        return as_input(input, out if out.dtype == x.dtype else out.astype(x.dtype))

    fn.__name__ = fn.__qualname__ = name
    return fn


sqrt = _unary("sqrt", jt.sqrt)
exp = _unary("exp", jt.exp)
log = _unary("log", jt.log)
erf = _unary("erf", jt.erf)
erfinv = _unary("erfinv", jt.erfinv)
sin = _unary("sin", jt.sin)
cos = _unary("cos", jt.cos)
tan = _unary("tan", jt.tan)
asin = arcsin = _unary("asin", jt.asin)
acos = arccos = _unary("acos", jt.acos)
atan = arctan = _unary("atan", jt.atan)
sinh = _unary("sinh", jt.sinh)
cosh = _unary("cosh", jt.cosh)
asinh = arcsinh = _unary("asinh", jt.asinh)
acosh = arccosh = _unary("acosh", jt.acosh)
atanh = arctanh = _unary("atanh", jt.atanh)
sigmoid = _unary("sigmoid", jt.sigmoid)
tanh = _unary("tanh", jt.tanh)


def rsqrt(input):
    return 1.0 / jt.sqrt(float_of(input))


def log1p(input):
    x = float_of(input)
    # log1p without cancellation: log(1+x) * x / ((1+x) - 1), exact where 1+x rounds to 1.
    u = 1.0 + x
    d = u - 1.0
    return jt.ternary(d == 0, x, jt.log(u) * x / jt.ternary(d == 0, jt.ones_like(d), d))


def expm1(input):
    # Kahan: (u - 1) * x / log(u), u = exp(x); exact where u rounds to 1 or -1 is reached.
    x = float_of(input)
    u = jt.exp(x)
    um1 = u - 1.0
    safe_log = jt.log(jt.ternary(u == 1.0, jt.full_like(u, 2.0), u))
    mid = um1 * x / safe_log
    out = jt.ternary(u == 1.0, x, jt.ternary(um1 == -1.0, um1, jt.ternary(jt.isinf(u), u, mid)))
    return out if out.dtype == x.dtype else out.astype(x.dtype)  # jt.exp of float16 is float32


def log10(input):
    return jt.log(float_of(input)) / math.log(10.0)


def log2(input):
    return jt.log2(float_of(input))


def neg(input):
    return -input


negative = neg


def abs_(input):
    """|x| with PyTorch's gradient sign(x): 0 at 0 (Jittor's abs gives 1 there, as an L1 loss at an
    exact fit would)."""
    if not is_float(input):
        return jt.abs(input)
    return jt.abs(input) * (input != 0).astype(input.dtype)


absolute = abs_


def floor(input):
    return jt.floor(input) if is_float(input) else input


def ceil(input):
    return jt.ceil(input) if is_float(input) else input


def sign(input):
    if str(input.dtype) == "bool":
        return input
    pos = (input > 0).astype(input.dtype)
    negv = (input < 0).astype(input.dtype)
    return pos - negv


def trunc(input):
    if not is_float(input):
        return input
    return jt.ternary(input < 0, jt.ceil(input), jt.floor(input))


fix = trunc


def frac(input):
    return input - trunc(input)


def reciprocal(input):
    return 1.0 / float_of(input)


def square(input):
    return input * input


def round_(input, decimals=0):
    if not is_float(input):
        return input
    x = input
    if decimals:
        scale = 10.0 ** decimals
        x = x * scale
    # Round half to even, as PyTorch (nearbyint): x - floor(x) is exact.
    f = jt.floor(x)
    d = x - f
    odd = (f - 2.0 * jt.floor(f * 0.5)) == 1.0
    up = (d > 0.5).logical_or((d == 0.5).logical_and(odd))
    r = jt.ternary(up, f + 1.0, f)
    return r / scale if decimals else r


def clamp(input, min=None, max=None):
    x = input
    if min is None and max is None:
        raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
    if min is not None:
        x, lo = _binary(x, min)
        x = _bounded(jt.maximum, x, lo)
    if max is not None:
        x, hi = _binary(x, max)
        x = _bounded(jt.minimum, x, hi)
    return x


def _bounded(op, x, bound):
    # Jittor computes uint8 with uint8 in int8 (a uint8 clamp came back int8, 250 as -6): in int16
    if str(x.dtype) == "uint8":
        return op(x.astype("int16"), bound.astype("int16")).astype("uint8")
    return op(x, bound)


clip = clamp


def lerp(input, end, weight):
    return input + weight * (end - input)


def logit(input, eps=None):
    x = input if eps is None else jt.ternary(jt.isnan(input), input, jt.clamp(input, eps, 1 - eps))  # -Ofast clamp
    return jt.log(x / (1 - x))


def xlogy(input, other):
    if not isinstance(input, jt.Var):  # a number first: PyTorch's (Scalar, Tensor) overload
        input = jt.full(list(other.shape), input, dtype=other.dtype)
    if not isinstance(other, jt.Var):
        other = jt.full(list(input.shape), other, dtype=input.dtype if input.dtype.is_float() else "float32")
    # x * log(y), and 0 where x is 0; log(1) stands in for y there so that no inf or NaN reaches the
    # gradient of the unpicked branch. x != 0 with y == 0 gives -inf, as PyTorch.
    safe = jt.ternary(input == 0, jt.ones_like(other), other)
    out = jt.ternary(input == 0, jt.zeros_like(safe), input * jt.log(safe))
    # NaN where other is NaN, also where input is 0 (Jittor's -Ofast kernels lose NaN in comparisons)
    return jt.ternary(jt.isnan(other), jt.full_like(out, float("nan")), out)


def hypot(input, other):
    return jt.sqrt(input * input + other * other)


def float_power(input, exponent):
    base = input.astype("float64") if isinstance(input, jt.Var) else input
    exp = exponent.astype("float64") if isinstance(exponent, jt.Var) else exponent
    return pow_(base if isinstance(base, jt.Var) else jt.array(base, dtype="float64"), exp)


def diff(input, n=1, dim=-1, prepend=None, append=None):
    dim = wrap_dim(dim, input.ndim)
    x = input
    if prepend is not None or append is not None:
        x = jt.concat([t for t in (prepend, x, append) if t is not None], dim)
    lead = (slice(None),) * dim
    for _ in range(n):
        a = x[lead + (slice(1, None),)]
        b = x[lead + (slice(None, -1),)]
        x = (a != b) if str(x.dtype) == "bool" else a - b
    return x


def deg2rad(input):
    return float_of(input) * (math.pi / 180.0)


def rad2deg(input):
    return float_of(input) * (180.0 / math.pi)


def positive(input):
    return input


def rsub(input, other, alpha=1):
    """other - alpha * input."""
    return sub(other, input, alpha)


def _bitwise(name, op):
    def fn(input, other):
        a, b = _binary(input, other)
        return op(a, b)

    fn.__name__ = fn.__qualname__ = name
    return fn


bitwise_and = _bitwise("bitwise_and", lambda a, b: a & b)
bitwise_or = _bitwise("bitwise_or", lambda a, b: a | b)
bitwise_xor = _bitwise("bitwise_xor", lambda a, b: a ^ b)
# the Var operators, wrapped for PyTorch's dtypes (jt.left_shift of uint8 gives int8)
bitwise_left_shift = _bitwise("bitwise_left_shift", lambda a, b: a << b)
bitwise_right_shift = _bitwise("bitwise_right_shift", lambda a, b: a >> b)


def _float_pair(input, other):
    """Both operands as Vars of PyTorch's floating result dtype (integers give float32)."""
    a, b = _binary(input, other)
    return float_of(a), float_of(b)


def _numpy_of(x):
    return x.numpy() if isinstance(x, jt.Var) else np.asarray(x)


def signbit(input):
    """Computed in numpy (a boolean result has no gradient): -0.0 has its sign bit set, which a
    comparison cannot see."""
    return jt.array(np.signbit(_numpy_of(input)))


def copysign(input, other):
    a, b = _float_pair(input, other)
    shape = list(np.broadcast_shapes(tuple(a.shape), tuple(b.shape)))
    magnitude = a.broadcast(shape).abs() if tuple(a.shape) != tuple(shape) else a.abs()
    negative = signbit(b)
    negative = negative.broadcast(shape) if tuple(b.shape) != tuple(shape) else negative
    return jt.ternary(negative, -magnitude, magnitude)


def ldexp(input, other):
    """input * 2**other."""
    a, b = _float_pair(input, other)
    return a * _exp2(b)


def _exp2(x):
    """2**x of a floating Var (exact for integral x, as PyTorch's)."""
    return jt.pow(jt.full_like(x, 2.0), x)


def _integer_numpy(name, op):
    def fn(input, other):
        a, b = _binary(input, other)
        return var_keeping_dtype(op(a.numpy(), b.numpy()).astype(str(a.dtype)))

    fn.__name__ = fn.__qualname__ = name
    fn.__doc__ = f"torch.{name}, computed in numpy (integer tensors have no gradient)."
    return fn


gcd = _integer_numpy("gcd", np.gcd)
lcm = _integer_numpy("lcm", np.lcm)


def frexp(input):
    """(mantissa, int32 exponent), computed in numpy: no gradient."""
    mantissa, exponent = np.frexp(input.numpy())
    return MantissaExponent(var_keeping_dtype(mantissa.astype(str(input.dtype))),
                            var_keeping_dtype(exponent.astype("int32")))


def nextafter(input, other):
    """Computed in numpy: no gradient."""
    a, b = _binary(input, other)
    return var_keeping_dtype(np.nextafter(a.numpy(), b.numpy()).astype(str(a.dtype)))


def _along(x, dim, index):
    return x[(slice(None),) * dim + (index,)]


def _spread_along(v, dim, ndim):
    """A 1-D Var shaped to broadcast along dim of an ndim tensor."""
    return v.reshape([v.shape[0] if k == dim else 1 for k in range(ndim)])


def _gradient_one(f, dim, h, edge_order):
    """numpy.gradient along one dim: central differences inside, one-sided (edge_order 1 or 2) at the
    ends; h a number (uniform spacing) or the coordinates (a 1-D Var)."""
    n, nd = f.shape[dim], f.ndim
    if isinstance(h, jt.Var):
        x = h.astype(f.dtype)
        dx = x[1:] - x[:-1]
        d1, d2 = dx[:-1], dx[1:]
        a, b, c = (_spread_along(v, dim, nd) for v in (-d2 / (d1 * (d1 + d2)), (d2 - d1) / (d1 * d2),
                                                     d1 / (d2 * (d1 + d2))))
        inside = a * _along(f, dim, slice(None, -2)) + b * _along(f, dim, slice(1, -1)) + c * _along(f, dim, slice(2, None))
        first_dx, last_dx = dx[0:1], dx[-1:]
        if edge_order == 1:
            first = (_along(f, dim, slice(1, 2)) - _along(f, dim, slice(0, 1))) / _spread_along(first_dx, dim, nd)
            last = (_along(f, dim, slice(-1, None)) - _along(f, dim, slice(-2, -1))) / _spread_along(last_dx, dim, nd)
        else:
            p, q = dx[0:1], dx[1:2]
            first = (_spread_along(-(2 * p + q) / (p * (p + q)), dim, nd) * _along(f, dim, slice(0, 1))
                     + _spread_along((p + q) / (p * q), dim, nd) * _along(f, dim, slice(1, 2))
                     + _spread_along(-p / (q * (p + q)), dim, nd) * _along(f, dim, slice(2, 3)))
            p, q = dx[-2:-1], dx[-1:]
            last = (_spread_along(q / (p * (p + q)), dim, nd) * _along(f, dim, slice(-3, -2))
                    + _spread_along(-(q + p) / (p * q), dim, nd) * _along(f, dim, slice(-2, -1))
                    + _spread_along((2 * q + p) / (q * (p + q)), dim, nd) * _along(f, dim, slice(-1, None)))
    else:
        inside = (_along(f, dim, slice(2, None)) - _along(f, dim, slice(None, -2))) / (2 * h)
        if edge_order == 1:
            first = (_along(f, dim, slice(1, 2)) - _along(f, dim, slice(0, 1))) / h
            last = (_along(f, dim, slice(-1, None)) - _along(f, dim, slice(-2, -1))) / h
        else:
            first = (-1.5 * _along(f, dim, slice(0, 1)) + 2 * _along(f, dim, slice(1, 2))
                     - 0.5 * _along(f, dim, slice(2, 3))) / h
            last = (0.5 * _along(f, dim, slice(-3, -2)) - 2 * _along(f, dim, slice(-2, -1))
                    + 1.5 * _along(f, dim, slice(-1, None))) / h
    return jt.concat([first, inside, last] if n > 2 else [first, last], dim)


def gradient(input, spacing=1, dim=None, edge_order=1):
    """torch.gradient (numpy.gradient's estimates): one tensor per dim; spacing a number for every dim, one
    number or one 1-D coordinate tensor per dim. Computed with Jittor's ops: the gradient flows."""
    if edge_order not in (1, 2):
        raise RuntimeError("torch.gradient only supports edge_order=1 and edge_order=2.")
    dims = list(range(input.ndim)) if dim is None else [dim] if isinstance(dim, int) else list(dim)
    dims = [wrap_dim(d, input.ndim) for d in dims]
    if isinstance(spacing, (list, tuple)):
        if len(spacing) != len(dims):
            where = "since dim argument was not given" if dim is None else "since dim argument was given"
            raise RuntimeError(f"torch.gradient expected spacing to be unspecified, a scalar, or a list of length "
                               f"equal to 'self.dim() = {input.ndim}', {where}, but got a list of length {len(spacing)}")
        steps = list(spacing)
    else:
        steps = [spacing] * len(dims)
    for d in dims:
        if input.shape[d] < edge_order + 1:
            raise RuntimeError("torch.gradient expected each dimension size to be at least edge_order+1")
    f = input if input.dtype.is_float() else input.astype("float32")
    return tuple(_gradient_one(f, d, float(h) if not isinstance(h, jt.Var) else h, edge_order)
                 for d, h in zip(dims, steps))
