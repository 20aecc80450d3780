"""`//` and `%` on tensors follow PyTorch (floor, sign of the divisor, dtypes kept), proven by
running both (rules/tensor_operators.py: Jittor's operators truncate)."""
import pytest
from parity import assert_same, run_both

from torch2jittor import convert_source

pytestmark = pytest.mark.frameworks

COVERED = {"torch.Tensor.remainder", "torch.Tensor.remainder_"}


@pytest.mark.parametrize("inputs", [["n3,4", "m3,4"], ["w3,4", "p3,4"], ["w3,4", "s3,4"]], ids=["int64", "float", "signs"])
def test_floor_division_and_remainder(inputs):
    code = ("def f(a: torch.Tensor, b: torch.Tensor):\n"
            "    c = a.clone()\n"
            "    c //= 2\n"
            "    d = a.clone()\n"
            "    d %= b\n"
            "    return (a // 2, a % 3, a // b, a % b, 7 // b, -7 % b, (a + 1) // (b * 2), c, d,\n"
            "            a.remainder(b), a.clone().remainder_(3), torch.remainder(a, b))\n")
    both = run_both(code, inputs)
    assert_same(both.expected, both.actual)


def test_string_formatting_and_plain_numbers_stay():
    code = ("import torch\n"
            "def f(x: torch.Tensor, n: int):\n"
            "    label = '%d items' % x.numel()\n"
            "    return label, n // 2, n % 3, x.size(0) // 2, x.shape[1] % 2\n")
    out = convert_source(code)
    assert "'%d items' % x.numel()" in out.code and "n // 2, n % 3, x.shape[0] // 2, x.shape[1] % 2" in out.code


PROMOTION = ("def f(n: torch.Tensor, m: torch.Tensor, x: torch.Tensor, b: torch.Tensor, h: torch.Tensor,"
             " d: torch.Tensor):\n"
             "    k = torch.tensor([2, 3, 1, 4])\n"
             "    h = h.half()\n"
             "    return (n / m, n / 2, 7 / m, n.div(m), n.true_divide(m), n * 2.5, 2.5 * n, n + 0.5, 1.5 - n,\n"
             "            n.mul(2.5), n.add(0.5), n.sub(x), n * x, x * k, n ** 0.5, n ** 2, 2 ** m.abs(),\n"
             "            b * 2, b * 1.5, b + n, h * 2.0, h + x, h * n, d + 0.1, d * x, 0.7 - d, d / 3.0,\n"
             "            n.sin(), n.sqrt(), m.abs().log(), b.sigmoid(), n.exp(), n.tanh(), n + n, x / x, n // m)\n")


@pytest.mark.parametrize("ints", ["n", "j"], ids=["int64", "int32"])
def test_arithmetic_promotes_dtypes_as_pytorch(ints):
    """Jittor promotes by size (int64 * 2.5 and int64 / int64 are float64, a bool times 2 is int8, times 1.5
    float16); PyTorch by category: float32, int64."""
    both = run_both(PROMOTION, [f"{ints}3,4", "m3,4", "f3,4", "b3,4", "h3,4", "d3,4"])
    assert_same(both.expected, both.actual, 1e-3, 1e-3)


def test_invert_operator():
    """`~mask` (Jittor's Var has no operator ~): logical not on bool, bitwise not on integers; the
    runtime's Var.__invert__ covers a receiver the converter cannot prove a tensor."""
    code = ("def f(x: torch.Tensor, n: torch.Tensor, b: torch.Tensor, rows):\n"
            "    mask = x > 0\n"
            "    kept = x.masked_fill(~mask, 0.0)\n"
            "    return ~mask, ~b & mask, ~n, ~torch.isnan(x), kept, x[~mask], ~rows[0], ~7\n")
    both = run_both(code, ["f3,4", "n3,4", "b3,4", "b2,2"])
    assert "t2j.tensor_bitwise_not(mask)" in both.code and "~rows[0]" in both.code
    assert_same(both.expected, both.actual)


def test_uint8_with_int8_promotes_to_int16():
    """PyTorch's result type of uint8 and int8 is int16 (the smallest holding both ranges)."""
    import numpy as np

    code = "def f(u, s):\n    return u + s, s * u, torch.add(u, s), u - s\n"
    both = run_both(code, [np.array([0, 200, 255], dtype=np.uint8), np.array([-128, 5, 127], dtype=np.int8)])
    assert_same(both.expected, both.actual)


def test_uint8_operators_stay_uint8():
    """Jittor computes uint8 with uint8 in int8 (`a + b`, `a | b` are int8; `200 >> 1` gives 228):
    PyTorch's results are uint8, wrapping modulo 256."""
    import numpy as np

    code = ("def f(a, b):\n"
            "    return (a + b, a * b, a - b, a | b, a & b, a ^ b, a >> 1, a << 1, a.bitwise_or(b), a | 16, a + 1,\n"
            "            b.bitwise_and(a), a // b, a % b, a == b, a * 2.0)\n")
    both = run_both(code, [np.array([200, 2, 4, 255], dtype=np.uint8), np.array([100, 1, 3, 7], dtype=np.uint8)])
    assert_same(both.expected, both.actual)


def test_not_equal_between_float16_tensors():
    # Jittor's CPU kernel for `!=` on two float16 Vars does not compile
    code = ("def f(x: torch.Tensor, y: torch.Tensor):\n"
            "    a, b = x.half(), y.half()\n"
            "    return a != b, a.ne(b), torch.ne(a, b), a.not_equal(a), a != a[0]\n")
    both = run_both(code, ["h3,4", "h3,4"])
    assert_same(both.expected, both.actual)


def test_in_place_arithmetic_keeps_the_receiver_dtype():
    # Jittor's x *= y and x.mul_(y) give x the dtype of Jittor's own promotion (float32 with int64: float64)
    code = ("def f(x: torch.Tensor, n: torch.Tensor):\n"
            "    a, b, c, d = x.clone(), x.clone(), x.clone(), n.clone()\n"
            "    alias = a\n"
            "    a *= n\n"
            "    b += n\n"
            "    r = c.mul_(n).sub_(n)\n"
            "    d += 2\n"
            "    h = x.half()\n"
            "    h -= x\n"
            "    return a, alias is a, b, c, r is c, d, h\n")
    both = run_both(code, ["f3,4", "n3,4"])
    assert_same(both.expected, both.actual)


def test_in_place_floating_result_into_an_integer_tensor_raises():
    from parity import assert_same_error

    assert_same_error("def f(n):\n    n *= 1.5\n    return n\n", ["n3,4"])


def test_python_and_numpy_scalars_keep_pytorch_precision_and_dtype():
    """Jittor makes a Python float constant float32 and an int constant int32 (float64 + 0.1 lost digits,
    int64 + 2**40 added 0) and widens by a numpy scalar's dtype (float32 * np.float64(2) was float64)."""
    import numpy as np

    code = ("def f(d, n, x):\n"
            "    d = d.double()\n"
            "    return (d + 0.1, 0.3 - d, d * 1.000000001, d.sum() == d.sum().item(), n + 2**40, 2**40 - n,\n"
            "            n * 3_000_000_000, n == 2**40 + 1, x * np.float64(2.5), n * np.float32(0.5), n + np.int32(1),\n"
            "            x > np.float64(0.5))\n")
    both = run_both(code, [np.array([0.1, 0.2, 0.7]), np.array([1, 2, 3]), "f3"])
    assert_same(both.expected, both.actual, 0, 0)


def test_comparison_with_int_scalar_wraps_it_into_the_tensor_dtype():
    """PyTorch takes the scalar in the tensor's dtype: uint8 255 > -1 is False (-1 being 255), == 256 is 0."""
    import numpy as np

    code = "def f(u, s):\n    return u > -1, u == -1, u < 256, u == 256, s < 200, s == -156, u >= 3, s != 5\n"
    both = run_both(code, [np.array([255, 0, 3], dtype=np.uint8), np.array([100, -56, 5], dtype=np.int8)])
    assert_same(both.expected, both.actual)


def test_scalar_promotion_follows_the_default_dtype():
    code = ("def f(n):\n"
            "    torch.set_default_dtype(torch.float64)\n"
            "    try:\n"
            "        return n * 0.5, n / 2, 1.5 - n, n.float() * 0.5\n"
            "    finally:\n"
            "        torch.set_default_dtype(torch.float32)\n")
    both = run_both(code, ["n3"])
    assert_same(both.expected, both.actual)
