"""NaN and infinity with IEEE semantics (runtime jittor_compat/__init__.py compiles Jittor's kernels
without -Ofast's finite-math assumption): comparisons with NaN are false (`!=` true), clamp keeps
NaN, `inf - inf` is NaN, `bool(nan)` is True, as in PyTorch. Proven by running both."""
import pytest
from parity import assert_same, run_both

pytestmark = pytest.mark.frameworks


def test_nan_and_infinity_in_comparisons_and_arithmetic():
    code = ("def f(x: torch.Tensor):\n"
            "    x = torch.cat([x, torch.tensor([float('nan'), float('inf'), -float('inf'), 0.0])])\n"
            "    kept = x[x == x]\n"
            "    return (x > 1, x < 1, x >= 0, x <= 0, x == x, x != x, x.gt(0.5), x.ne(x), torch.eq(x, x),\n"
            "            torch.clamp(x, -1, 1), x.clamp(min=0), x - x, x * 0, x.bool(), kept,\n"
            "            torch.where(x > 0, x, torch.zeros_like(x)), torch.isclose(x, x, equal_nan=True),\n"
            "            torch.isclose(x, x), torch.isnan(x - x), torch.isinf(x), torch.sign(x))\n")
    both = run_both(code, ["f5"])
    assert_same(both.expected, both.actual, 1e-6, 1e-6)
