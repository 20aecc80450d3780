"""Run-both proofs of the entries in src/torch2jittor/mappings/nn/linear.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import pytest
from parity import D2, Fl, covered, entry_case, entry_tests, layer_case, layer_tests, lazy_tests

pytestmark = pytest.mark.frameworks


ENTRY_CASES = [
    entry_case("F.linear", "def f(x, w, b): return F.linear(x, w, b)", "f4,5", "f3,5", "f3"),
    entry_case("F.linear", "def f(x, w): return F.linear(x, w)", "f2,4,5", "f3,5"),
    entry_case("F.linear", "def f(x, w, b): return F.linear(input=x, weight=w, bias=b)", "f4,5", "f3,5", "f3"),
    entry_case("F.bilinear", "def f(x, y, w, b): return F.bilinear(x, y, w, b)", "f4,3", "f4,5", "f2,3,5", "f2"),
    entry_case("F.bilinear", "def f(x, y, w): return F.bilinear(x, y, w)", "f2,4,3", "f2,4,5", "f2,3,5"),
    entry_case("torch.nn.functional.bilinear", "def f(a, b, w): return torch.bilinear(a, b, w)", "f4,3", "f4,2", "f5,3,2",
               atol=1e-4, id="torch.bilinear"),
]


LAYER_CASES = [
    layer_case("Bilinear", "model = nn.Bilinear(4, 5, 3)", (Fl(6, 4), Fl(6, 5))),
    layer_case("Bilinear", "model = nn.Bilinear(4, 5, 3, bias=False)", (Fl(2, 6, 4), Fl(2, 6, 5)), id="Bilinear-batch-dims"),
    layer_case("torch.nn.Linear", "model = nn.Linear(8, 5)", (Fl(2, 8),)),
    layer_case("torch.nn.Linear", "model = nn.Linear(8, 5, False)", (Fl(2, 8),), id="Linear-no-bias"),
    layer_case("torch.nn.Identity", "model = nn.Identity()", D2),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)
test_layer_entry, test_layer_call_shape = layer_tests(LAYER_CASES)

LAZY_CASES = [
    ("torch.nn.LazyLinear", "model = nn.LazyLinear(5)", ["f3,7"]),
    ("torch.nn.LazyLinear", "model = nn.LazyLinear(4, bias=False)", ["f2,3,6"]),
]
test_lazy_layer = lazy_tests(LAZY_CASES)

COVERED = covered(ENTRY_CASES, LAYER_CASES, LAZY_CASES)  # see tests/test_coverage.py
