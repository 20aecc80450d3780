"""Run-both proofs of the entries in src/torch2jittor/mappings/nn/fold.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import pytest
from parity import D2, Fl, assert_same, covered, entry_case, entry_tests, layer_case, layer_tests, run_both

pytestmark = pytest.mark.frameworks


ENTRY_CASES = [
    entry_case("F.unfold", "def f(x): return F.unfold(x, 3)", "f2,3,6,7"),
    entry_case("F.unfold", "def f(x): return F.unfold(x, (2, 3), dilation=1, padding=1, stride=2)", "f2,3,6,7"),
    entry_case("F.unfold", "def f(x): return F.unfold(x, 2, 2, 0, 1)", "f1,2,5,5"),
    entry_case("F.fold", "def f(x): return F.fold(x, (6, 7), (2, 3), padding=1, stride=2)", "f2,18,16"),
    entry_case("F.fold", "def f(x): return F.fold(x, 4, 2)", "f1,8,9"),
]


LAYER_CASES = [
    layer_case("Unfold", "model = nn.Unfold(kernel_size=(2, 3), dilation=1, padding=1, stride=2)", D2),
    layer_case("Unfold", "model = nn.Unfold(3, 2)", (Fl(3, 8, 8),), id="Unfold-unbatched-dilation"),
    layer_case("Fold", "model = nn.Fold(output_size=(4, 5), kernel_size=(2, 2))", (Fl(2, 12, 12),)),
    layer_case("Fold", "model = nn.Fold((5, 5), 3, padding=1, stride=2)", (Fl(2, 18, 9),), id="Fold-overlap"),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)
test_layer_entry, test_layer_call_shape = layer_tests(LAYER_CASES)

COVERED = covered(ENTRY_CASES, LAYER_CASES)  # see tests/test_coverage.py


def test_functional_unfold_and_fold_unbatched(torch, jittor):
    """F.unfold on (C, H, W) and F.fold on (C*prod(k), L), as PyTorch takes them (Jittor's
    asserted a batched input)."""
    code = ("def f(x):\n"
            "    cols = F.unfold(x[0], kernel_size=(2, 3), padding=1, stride=2)\n"
            "    return cols, F.fold(cols, (5, 6), (2, 3), padding=1, stride=2), F.unfold(x, 2).shape\n")
    both = run_both(code, ["f2,3,5,6"])
    assert_same(both.expected, both.actual)
