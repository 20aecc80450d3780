"""Run-both proofs of the entries in src/torch2jittor/mappings/nn/instancenorm.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import pytest
from parity import D1, D2, D3, Fl, covered, entry_case, entry_tests, layer_case, layer_tests, lazy_tests

pytestmark = pytest.mark.frameworks


ENTRY_CASES = [
    entry_case("F.instance_norm", "def f(x): return F.instance_norm(x)", "f2,3,4,4"),
    entry_case("F.instance_norm", "def f(x, w, b): return F.instance_norm(x, weight=w, bias=b, eps=1e-3)", "f2,3,5",
               "f3", "f3"),
]


LAYER_CASES = [
    layer_case("InstanceNorm1d", "model = nn.InstanceNorm1d(3)", D1),
    layer_case("InstanceNorm1d", "model = nn.InstanceNorm1d(3, affine=True)", (Fl(3, 8),), id="InstanceNorm1d-unbatched"),
    layer_case("InstanceNorm2d", "model = nn.InstanceNorm2d(3, eps=1e-3, affine=True)", D2),
    layer_case("InstanceNorm2d", "model = nn.InstanceNorm2d(3, momentum=0.3, track_running_stats=True)", D2, train=True,
               id="InstanceNorm2d-train-stats"),
    layer_case("InstanceNorm2d", "model = nn.InstanceNorm2d(3, track_running_stats=True)", D2,
               id="InstanceNorm2d-eval-stats"),
    layer_case("InstanceNorm3d", "model = nn.InstanceNorm3d(3, affine=True, bias=False)", D3),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)
test_layer_entry, test_layer_call_shape = layer_tests(LAYER_CASES)

LAZY_CASES = [
    ("torch.nn.LazyInstanceNorm1d", "model = nn.LazyInstanceNorm1d()", ["f2,4,9"]),
    ("torch.nn.LazyInstanceNorm2d", "model = nn.LazyInstanceNorm2d(affine=False, track_running_stats=False)",
     ["f2,3,5,6"]),
    ("torch.nn.LazyInstanceNorm3d", "model = nn.LazyInstanceNorm3d(momentum=0.2)", ["f2,3,3,4,5"]),
]
test_lazy_layer = lazy_tests(LAZY_CASES)

COVERED = covered(ENTRY_CASES, LAYER_CASES, LAZY_CASES)  # see tests/test_coverage.py
