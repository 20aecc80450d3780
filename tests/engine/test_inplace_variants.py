"""In-place tensor methods derived from their mapped out-of-place form, proven by running both.

`x.op_(args)` whose `op` the table maps and whose own name it does not is converted as
`t2j.inplace_(x, <x.op(args) converted>)` (engine.py, `_derive_in_place`): computed out of
place, written back into x with x's shape and dtype, x returned. Each case returns
(result, receiver, result is receiver), so the receiver must change and be what is returned.
`test_every_derived_method_has_a_case` keeps this list complete as the table grows.
"""
import pytest
from parity import assert_same, run_both

from torch2jittor import convert_source
from torch2jittor.mapping import DEFAULT_TABLE
from torch2jittor.mappings import UNSUPPORTED_REASONS, tensor_api

pytestmark = pytest.mark.frameworks

U = "u3,4"  # in (0.05, 0.95): inside every inverse trig and log domain
# method -> (arguments as written after the receiver, input specs: the receiver first)
CASES = {
    **{name: ("", [U]) for name in (
        "acos_ arccos_ asin_ arcsin_ atan_ arctan_ atanh_ arctanh_ asinh_ arcsinh_ cosh_ sinh_ tan_ "
        "expm1_ exp2_ log10_ log1p_ reciprocal_ square_ logit_").split()},
    **{name: ("", ["w3,4"]) for name in "frac_ trunc_ sign_ sgn_".split()},
    "acosh_": ("", ["u3,4:1.1,3"]),
    "arccosh_": ("", ["u3,4:1.1,3"]),
    "round_": ("", ["h3,4"]),
    "logical_not_": ("", ["o3,4"]),
    "nan_to_num_": ("", ["z3,4"]),
    **{name: ("y", ["f3,4", "f3,4"]) for name in (
        "atan2_ arctan2_ hypot_ eq_ ne_ not_equal_ gt_ ge_ greater_ greater_equal_ lt_ le_ less_ less_equal_"
    ).split()},
    "fmod_": ("y", ["w3,4", "p3,4"]),
    "floor_divide_": ("y", ["w3,4", "p3,4"]),
    "heaviside_": ("y", ["s3,4", "f3,4"]),
    **{name: ("y", ["o3,4", "o3,4"]) for name in "logical_and_ logical_or_ logical_xor_".split()},
    **{name: ("y", ["i3,4:0,64", "i3,4:0,64"]) for name in "bitwise_and_ bitwise_or_ bitwise_xor_".split()},
    "bitwise_left_shift_": ("y", ["i3,4:0,64", "i3,4:0,3"]),
    "bitwise_right_shift_": ("y", ["i3,4:0,64", "i3,4:0,3"]),
    "bitwise_not_": ("", ["i3,4:-9,9"]),
    "float_power_": ("2.5", ["d3,4"]),
    "lerp_": ("y, 0.3", ["f3,4", "f3,4"]),
    "clamp_min_": ("0.1", ["f3,4"]),
    "clamp_max_": ("0.1", ["f3,4"]),
    "addcmul_": ("y, z, value=0.5", ["f3,4", "f3,4", "f3,4"]),
    "addcdiv_": ("y, z, value=0.5", ["f3,4", "f3,4", "p3,4"]),
    "addmm_": ("y, z, beta=0.5, alpha=2", ["f3,5", "f3,4", "f4,5"]),
    "baddbmm_": ("y, z", ["f2,3,5", "f2,3,4", "f2,4,5"]),
    "cumprod_": ("1", ["f3,4"]),
    "fix_": ("", ["w3,4"]),
    "conj_physical_": ("", ["f3,4"]),
    "copysign_": ("y", ["f3,4", "f3,4"]),
    "nextafter_": ("y", ["f3,4", "f3,4"]),
    "ldexp_": ("y", ["f3,4", "n3,4"]),
    "gcd_": ("y", ["n3,4", "m3,4"]),
    "lcm_": ("y", ["n3,4", "m3,4"]),
    "addbmm_": ("y, z, beta=0.5", ["f3,5", "f2,3,4", "f2,4,5"]),
    "addmv_": ("y, z, alpha=2", ["f3", "f3,4", "f4"]),
    "addr_": ("y, z", ["f3,4", "f3", "f4"]),
    "index_copy_": ("0, z, y", ["f4,3", "f2,3", "r2:4"]),
    "index_fill_": ("1, y, -1.5", ["f3,4", "r2:4"]),
    "index_reduce_": ("0, z, y, 'amax', include_self=False", ["f4,3", "f2,3", "r2:4"]),
    "index_put_": ("(y,), z, accumulate=True", ["f5,2", "i3:5", "f3,2"]),
    "masked_scatter_": ("y, z", ["f3,4", "b3,4", "f12"]),
    "put_": ("y, z", ["f3,4", "r3:12", "f3"]),
    "scatter_reduce_": ("0, y, z, 'amax'", ["f3,4", "i2,4:3", "f2,4"]),
    **{name: ("", [U]) for name in "erfc_ lgamma_ digamma_ i0_ sinc_".split()},
    "polygamma_": ("1", [U]),
    "mvlgamma_": ("p=2", ["u3,4:1,3"]),
    "xlogy_": ("y", ["f3,4", "p3,4"]),
    **{name: ("y", ["p3,4", "p3,4"]) for name in ("igamma_", "igammac_")},
    "renorm_": ("2, 0, 1.0", ["w3,4"]),
}
# Mapped explicitly (Jittor's own transpose_), proven here with their derived neighbours.
EXPLICIT = {"swapaxes_": ("0, 1", ["f3,4"]), "swapdims_": ("1, 0", ["f3,4"])}
COVERED = {"torch.Tensor." + name for name in EXPLICIT}


def derived_methods():
    """torch.Tensor's in-place methods the engine derives from a mapped out-of-place entry."""
    names = set()
    for name in tensor_api.METHODS:
        if not name.endswith("_") or DEFAULT_TABLE.lookup("Tensor." + name) is not None:
            continue
        base = DEFAULT_TABLE.lookup("Tensor." + name[:-1])
        if (base is not None and (base.is_method or base.jittor_module == "t2j") and not base.rule
                and "torch.Tensor." + name not in UNSUPPORTED_REASONS):
            names.add(name)
    return names


def _code(name, args, n):
    params = ", ".join(f"{v}: torch.Tensor" for v in "xyz"[:n])
    return f"def f({params}):\n    r = x.{name}({args})\n    return r, x, r is x\n"


@pytest.mark.parametrize("name", sorted({**CASES, **EXPLICIT}))
def test_in_place_variant(name):
    args, inputs = {**CASES, **EXPLICIT}[name]
    both = run_both(_code(name, args, len(inputs)), inputs)
    assert "torch.Tensor." + name in both.converted
    assert_same(both.expected, both.actual, atol=1e-5, rtol=1e-5)


def test_every_derived_method_has_a_case():
    assert derived_methods() == set(CASES)


def test_derived_call_shape():
    out = convert_source("import torch\ndef f(x: torch.Tensor, y: torch.Tensor):\n    return x.addcmul_(y, y, value=2)\n")
    assert "t2j.inplace_(x, t2j.tensor_addcmul(x, y, y, value=2))" in out.code, out.code
    assert not out.diagnostics


def test_indexed_receiver_as_a_statement_is_written_back():
    # Jittor's indexing copies: `x[0].trunc_()` becomes `x[0] = t2j.inplace_(x[0], ...)`.
    code = ("def f(x: torch.Tensor, y: torch.Tensor):\n"
            "    x[0].trunc_()\n"
            "    x[1:, 0].addcmul_(y[0, :2], y[1, :2], value=2)\n"
            "    return x\n")
    both = run_both(code, ["w3,4", "f3,4"])
    assert_same(both.expected, both.actual)


@pytest.mark.parametrize("statement", ["x[0].trunc_().sum()", "(x + 1).trunc_()", "x.t().trunc_()"])
def test_in_place_on_a_copy_or_computed_receiver_is_reported(statement):
    # A value read from x[0] or x.t() is a copy in Jittor (a view in PyTorch); `(x + 1)` would be
    # evaluated twice.
    out = convert_source(f"import torch\ndef f(x: torch.Tensor):\n    y = {statement}\n    return x\n")
    assert [d.api for d in out.unsupported] == ["torch.Tensor.trunc_"], [d.format() for d in out.diagnostics]
