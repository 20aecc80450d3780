"""torch.* element-wise arithmetic and math ("Pointwise Ops").

Helpers whose torch name is a Python builtin are named with a trailing underscore (`pow_`,
`abs_`, `round_`).
"""
from ..schema import entry, function

_UNARY = "input, *, out=None"
_BINARY = "input, other, *, out=None"
_BINARY_ALPHA = "input, other, *, alpha=1, out=None"

ENTRIES = {
    # Jittor's sigmoid/tanh are C++ builtins (no keywords; float64 for int64 input): helpers.
    "torch.sigmoid": entry("input, *, out=None", "t2j", "sigmoid", "input", unsupported=["out"]),
    "torch.tanh": entry("input, *, out=None", "t2j", "tanh", "input", unsupported=["out"]),
    "torch.add": function(_BINARY_ALPHA, "t2j", "add"),
    "torch.sub": function(_BINARY_ALPHA, "t2j", "sub"),
    "torch.subtract": function(_BINARY_ALPHA, "t2j", "subtract"),
    "torch.mul": function(_BINARY, "t2j", "mul"),
    "torch.multiply": function(_BINARY, "t2j", "multiply"),
    # torch.div of integers is true division; rounding_mode 'trunc'/'floor' keep the integer dtype.
    "torch.div": function("input, other, *, rounding_mode=None, out=None", "t2j", "div"),
    "torch.divide": function("input, other, *, rounding_mode=None, out=None", "t2j", "divide"),
    "torch.true_divide": function(_BINARY, "t2j", "true_divide"),
    # jt.floor_divide truncates towards zero; PyTorch floors.
    "torch.floor_divide": function(_BINARY, "t2j", "floor_divide"),
    "torch.remainder": function(_BINARY, "t2j", "remainder"),
    "torch.fmod": function(_BINARY, "t2j", "fmod"),
    "torch.pow": function("input, exponent, *, out=None", "t2j", "pow_"),
    "torch.float_power": function("input, exponent, *, out=None", "t2j", "float_power"),
    **{f"torch.{name}": function(_UNARY, "t2j", name) for name in (
        "sqrt rsqrt exp expm1 log log2 log10 log1p absolute neg negative sign floor ceil trunc fix frac "
        "reciprocal square erf erfinv sin cos tan asin acos atan arcsin arccos arctan sinh cosh asinh acosh atanh"
    ).split()},
    "torch.abs": function(_UNARY, "t2j", "abs_"),
    # jt.round rounds halves away from zero; PyTorch rounds half to even.
    "torch.round": function("input, *, decimals=0, out=None", "t2j", "round_"),
    "torch.atan2": function(_BINARY, "t2j", "atan2"),
    "torch.arctan2": function(_BINARY, "t2j", "arctan2"),
    "torch.hypot": function(_BINARY, "t2j", "hypot"),
    "torch.logit": function("input, eps=None, *, out=None", "t2j", "logit"),
    "torch.xlogy": function(_BINARY, "t2j", "xlogy"),
    "torch.clamp": function("input, min=None, max=None, *, out=None", "t2j", "clamp"),
    "torch.clip": function("input, min=None, max=None, *, out=None", "t2j", "clip"),
    "torch.lerp": function("input, end, weight, *, out=None", "t2j", "lerp"),
    "torch.nan_to_num": function("input, nan=0.0, posinf=None, neginf=None, *, out=None", "t2j", "nan_to_num"),
    "torch.softmax": function("input, dim, *, dtype=None", "t2j", "softmax", "input, dim=None, dtype=None"),
    "torch.log_softmax": function("input, dim, *, dtype=None", "t2j", "log_softmax", "input, dim=None, dtype=None"),
    "torch.logical_and": function(_BINARY, "t2j", "logical_and"),
    "torch.logical_or": function(_BINARY, "t2j", "logical_or"),
    "torch.logical_xor": function(_BINARY, "t2j", "logical_xor"),
    "torch.logical_not": function(_UNARY, "t2j", "logical_not"),
    # special functions (runtime/jittor_compat/ops/special.py): evaluated in float64
    **{f"torch.{name}": function(_UNARY, "t2j", name)
       for name in "erfc lgamma digamma i0 sinc exp2".split()},
    "torch.polygamma": function("n, input, *, out=None", "t2j", "polygamma"),
    "torch.mvlgamma": function("input, p, *, out=None", "t2j", "mvlgamma"),
    "torch.logaddexp": function(_BINARY, "t2j", "logaddexp"),
    "torch.logaddexp2": function(_BINARY, "t2j", "logaddexp2"),
    # Function forms of tensor methods: PyTorch's promotion (integers give float results where
    # PyTorch's do, Python numbers are weak scalars).
    "torch.addcmul": function("input, tensor1, tensor2, *, value=1, out=None", "t2j", "tensor_addcmul",
                              "x, tensor1, tensor2, *, value=1", links={"input": "x"}),
    "torch.addcdiv": function("input, tensor1, tensor2, *, value=1, out=None", "t2j", "tensor_addcdiv",
                              "x, tensor1, tensor2, *, value=1", links={"input": "x"}),
    "torch.clamp_min": function("input, min", "t2j", "clamp", "input, min=None, max=None"),
    "torch.clamp_max": function("input, max", "t2j", "clamp", "input, min=None, max=None"),
    "torch.sgn": function(_UNARY, "t2j", "tensor_sgn", "x", links={"input": "x"}),
    "torch.heaviside": function("input, values, *, out=None", "t2j", "tensor_heaviside", "x, values",
                                links={"input": "x"}),
    "torch.bitwise_not": function(_UNARY, "t2j", "tensor_bitwise_not", "x", links={"input": "x"}),
    "torch.rsub": function("input, other, *, alpha=1", "t2j", "rsub"),
    **{f"torch.{name}": function(_UNARY, "t2j", name) for name in "deg2rad rad2deg positive".split()},
    **{f"torch.{name}": function(_UNARY, "t2j", name) for name in "arccosh arcsinh arctanh".split()},
    # the sign bit (of -0.0 too) is read in numpy: no gradient flows through signbit (a bool) anyway
    "torch.signbit": function(_UNARY, "t2j", "signbit"),
    **{f"torch.{name}": function(_BINARY, "t2j", name) for name in (
        "bitwise_and bitwise_or bitwise_xor bitwise_left_shift bitwise_right_shift copysign ldexp").split()},
    # computed in numpy (no gradient): integer results, the float's bit pattern
    **{f"torch.{name}": function(_BINARY, "t2j", name, note="computed in numpy: no gradient, no GPU")
       for name in "gcd lcm nextafter".split()},
    "torch.frexp": function(_UNARY, "t2j", "frexp", note="computed in numpy: no gradient, no GPU"),
    # Jittor has no complex dtypes: the real part of a real tensor is the tensor itself
    "torch.real": function("input", "t2j", "real"),
}

UNSUPPORTED = {
    "torch.complex": "Jittor has no complex dtypes",
    "torch.view_as_real": "Jittor has no complex dtypes",
    "torch.view_as_complex": "Jittor has no complex dtypes",
}
