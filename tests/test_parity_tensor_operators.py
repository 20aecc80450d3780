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
