"""Run-both proofs of the entries in src/torch2jittor/mappings/torch/comparison.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import pytest
from parity import covered, entry_case, entry_tests

pytestmark = pytest.mark.frameworks


ENTRY_CASES = [
    entry_case("torch.sort torch.topk torch.cummax torch.aminmax",
               "def f(x): return torch.sort(x).indices, torch.topk(x, 2).values, torch.cummax(x, 1).indices, "
               "torch.aminmax(x).max", "f3,4", id="return-types-named-fields"),
    entry_case("torch.topk", "def f(x): return torch.topk(x, 3)", "f3,4,6"),
    entry_case("torch.topk", "def f(x): return torch.topk(x, 2, dim=0, largest=False)", "f3,4,6"),
    entry_case("torch.topk", "def f(x): return torch.topk(x, k=2, dim=1)", "f3,4,6"),
    entry_case("torch.sort", "def f(x): return torch.sort(x)", "f3,6"),
    entry_case("torch.sort", "def f(x): return torch.sort(x, 0, True)", "f4,3"),
    entry_case("torch.sort", "def f(x): return torch.sort(x, dim=1, descending=True, stable=True)", "i3,8:3",
               id="sort-stable-ties"),
    entry_case("torch.sort", "def f(x): return torch.sort(x, stable=True)", "i3,8:3", id="sort-stable-ties-ascending"),
    entry_case("torch.argsort", "def f(x): return torch.argsort(x, dim=1, descending=True)", "f3,6"),
    entry_case("torch.argsort", "def f(x): return torch.argsort(x)", "f3,6"),
    entry_case("torch.argsort", "def f(x): return torch.argsort(x, dim=0, stable=True)", "i8,3:3"),
    entry_case("torch.msort", "def f(x): return torch.msort(x)", "f5,3"),
    entry_case("torch.isclose", "def f(x, y): return torch.isclose(x, x + y * 1e-6)", "f3,4", "f3,4"),
    entry_case("torch.isclose", "def f(x, y): return torch.isclose(x, y, rtol=0.5, atol=0.1, equal_nan=True)", "z3,4",
               "f3,4"),
    entry_case("torch.allclose", "def f(x): return torch.allclose(x, x + 1e-9)", "f3,4"),
    entry_case("torch.allclose", "def f(x, y): return torch.allclose(x, y)", "f3,4", "f3,4", id="allclose-false"),
    entry_case("torch.equal", "def f(x): return torch.equal(x, x * 1)", "f3,4"),
    entry_case("torch.equal", "def f(x, y): return torch.equal(x, y)", "f3,4", "f3,4", id="equal-false"),
    entry_case("torch.isnan torch.isinf torch.isfinite",
               "def f(x): return torch.isnan(x), torch.isinf(x), torch.isfinite(x)", "z3,4"),
    entry_case("torch.isnan torch.isinf torch.isfinite",
               "def f(x): return torch.isnan(x), torch.isinf(x), torch.isfinite(x)", "n3,4", id="isnan-int"),
    entry_case("torch.isposinf torch.isneginf", "def f(x): return torch.isposinf(x), torch.isneginf(x)", "z3,4"),
    entry_case("torch.eq torch.ne torch.gt torch.lt torch.ge torch.le",
               "def f(a, b): return torch.eq(a, b), torch.ne(a, b), torch.gt(a, b), torch.lt(a, b), torch.ge(a, b), "
               "torch.le(a, b)", "n3,4", "n3,4"),
    entry_case("torch.eq torch.gt torch.le", "def f(a): return torch.eq(a, 0.5), torch.gt(a, 0), torch.le(a, other=0.1)",
               "f3,4", id="compare-scalar"),
    entry_case("torch.greater torch.less torch.greater_equal torch.less_equal torch.not_equal",
               "def f(a, b): return torch.greater(a, b), torch.less(a, b), torch.greater_equal(a, b), "
               "torch.less_equal(a, b), torch.not_equal(a, b)", "n3,4", "n4"),
    entry_case("torch.maximum torch.minimum", "def f(a, b): return torch.maximum(a, b), torch.minimum(a, b)", "f3,4",
               "f3,4"),
    entry_case("torch.maximum", "def f(a, b): return torch.maximum(a, b)", "n3,4", "n4", id="maximum-int-broadcast"),
    # a tie splits the gradient evenly between the operands (rounded inputs tie often; a broadcast operand too)
    entry_case("torch.maximum torch.minimum", "def f(a, b):\n    a = torch.round(a)\n    b = torch.round(b)\n"
               "    a.requires_grad_(); b.requires_grad_()\n"
               "    out = torch.maximum(a, b) * 2 + torch.minimum(a, b[0]) * 3 + torch.max(a, b)\n"
               "    return torch.autograd.grad((out * torch.arange(1.0, 13.0).view(3, 4)).sum(), [a, b])", "f3,4", "f3,4",
               id="maximum-gradient-ties"),
    entry_case("torch.fmax torch.fmin", "def f(a, b): return torch.fmax(a, b), torch.fmin(a, b)", "z3,4", "f3,4"),
    # float32 with an int64 tensor promotes to float32 (Jittor: float64)
    entry_case("torch.maximum", "def f(x, y): return torch.maximum(x, y)", "f3,4", "n3,4", id="maximum-promoted"),
    entry_case("torch.minimum", "def f(x, y): return torch.minimum(y, x)", "f3,4", "i4", id="minimum-promoted"),
    entry_case("torch.fmax", "def f(x, y): return torch.fmax(x, y)", "z3,4", "n3,4", id="fmax-promoted"),
    entry_case("torch.fmin", "def f(x, y): return torch.fmin(x, other=y)", "i3,4", "d3,4", id="fmin-promoted"),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)

COVERED = covered(ENTRY_CASES)  # see tests/test_coverage.py
