"""Run-both proofs of the entries in src/torch2jittor/mappings/torch/inplace.py.

torch.X_(input, ...) is computed as torch.X, written into input, input returned: each in-place
function run in both frameworks on the same inputs (tests/parity.py), the result, the input and
`result is input` compared.
"""
import pytest
from parity import assert_converts, assert_same, run_both

pytestmark = pytest.mark.frameworks

# torch.X_(input, ...): computed as torch.X, written into input, input returned (mappings/torch/inplace.py).
U = "u3,4"  # in (0.05, 0.95): inside every inverse trig and log domain
IN_PLACE = {
    **{name: ("", [U]) for name in (
        "acos asin atan atanh arccos arcsin arctan arctanh asinh arcsinh cos cosh sin sinh tan tanh exp exp2 expm1 "
        "log log2 log10 log1p sqrt rsqrt reciprocal square sigmoid erf erfc i0 sinc logit deg2rad rad2deg abs neg "
        "negative selu relu").split()},
    **{name: ("", ["w3,4"]) for name in "ceil floor trunc fix frac".split()},
    **{name: ("", ["u3,4:1.1,3"]) for name in "acosh arccosh".split()},
    "round": ("decimals=1", ["w3,4"]),
    "nan_to_num": ("posinf=9.0", ["z3,4"]),
    "clamp": ("-0.5, max=0.5", ["f3,4"]),
    "clip": ("min=-0.1", ["f3,4"]),
    "clamp_min": ("0.2", ["f3,4"]),
    "clamp_max": ("y", ["f3,4", "f4"]),
    "celu": ("alpha=0.5", ["f3,4"]),
    "threshold": ("0.1, 20.0", ["f3,4"]),
    "rrelu": ("0.1, 0.3", ["f3,4"]),
    "dropout": ("0.5, False", ["f3,4"]),
    "alpha_dropout": ("0.5, False", ["f3,4"]),
    "feature_alpha_dropout": ("0.3, train=False", ["f2,3,4"]),
    "feature_dropout": ("0.0, True", ["f2,3,4"]),
    "xlogy": ("y", ["u3,4", "p3,4"]),
    "ldexp": ("y", ["f3,4", "n3,4"]),
    "gcd": ("y", ["n3,4", "m3,4"]),
    "lcm": ("y", ["n3,4", "m3,4"]),
    "addmv": ("y, z, beta=0.5", ["f3", "f3,4", "f4"]),
    "index_put": ("(y,), z, accumulate=True", ["f5,2", "i3:5", "f3,2"]),
    "detach": ("", ["f3,4"]),
    "fill": ("2.5", ["f3,4"]),
}


@pytest.mark.parametrize("name", sorted(IN_PLACE))
def test_in_place_function(torch, jittor, name):
    args, inputs = IN_PLACE[name]
    params = ", ".join("xyz"[:len(inputs)])
    call = f"torch.{name}_(x, {args})" if args else f"torch.{name}_(x)"
    both = run_both(f"def f({params}):\n    r = {call}\n    return r, x, r is x\n", inputs)
    assert_converts(both, [f"torch.{name}_"])
    assert_same(both.expected, both.actual, 1e-5, 1e-5)


def test_alpha_dropout_in_place_training(torch, jittor):
    """Random draws: with a zero input, the dropped fraction and the two values written into it."""
    both = run_both("def f(x):\n    y = torch.zeros_like(x)\n    r = torch.alpha_dropout_(y, 0.3, True)\n"
                    "    return torch.unique(y), ((y == y.min()).float().mean() - 0.3).abs() < 0.01, r is y",
                    ["f400,500"])
    assert_same(both.expected, both.actual, 1e-6, 1e-6)


def test_every_in_place_function_has_a_case():
    from torch2jittor import pjmap

    derived = {k for k in pjmap if k.startswith("torch.") and k.count(".") == 1 and k.endswith("_")
               and pjmap[k]["jittor"]["name"] in ("inplace_apply", "tensor_detach_")}
    assert sorted(derived) == sorted(f"torch.{name}_" for name in IN_PLACE)


COVERED = {f"torch.{name}_" for name in IN_PLACE}  # see tests/test_coverage.py
