"""Run-both proofs of the entries in src/torch2jittor/mappings/nn/normalization.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import pytest
from parity import D1, D2, Fl, covered, entry_case, entry_tests, layer_case, layer_tests

pytestmark = pytest.mark.frameworks


ENTRY_CASES = [
    entry_case("F.layer_norm", "def f(x): return F.layer_norm(x, (5,))", "f2,3,4,5"),
    entry_case("F.layer_norm", "def f(x, w, b): return F.layer_norm(x, x.shape[-2:], w, b, 1e-3)", "f2,3,4,5", "f4,5",
               "f4,5"),
    entry_case("F.group_norm", "def f(x, w, b): return F.group_norm(x, 2, w, b)", "f2,4,3,3", "f4", "f4"),
    entry_case("F.group_norm", "def f(x): return F.group_norm(x, 3, eps=1e-3)", "f2,6,5"),
    entry_case("F.rms_norm", "def f(x, w): return F.rms_norm(x, (5,), w)", "f2,3,5", "f5"),
    entry_case("F.rms_norm", "def f(x): return F.rms_norm(x, [4, 5], eps=1e-3)", "f2,3,4,5"),
    entry_case("F.local_response_norm", "def f(x): return F.local_response_norm(x, 3)", "f2,5,4,4"),
    entry_case("F.local_response_norm", "def f(x): return F.local_response_norm(x, 2, alpha=0.1, beta=0.5, k=2.0)",
               "f2,5,6"),
    entry_case("F.normalize", "def f(x): return F.normalize(x)", "f3,4,5"),
    entry_case("F.normalize", "def f(x): return F.normalize(x, p=1, dim=-1)", "f3,4,5"),
    entry_case("F.normalize", "def f(x): return F.normalize(x, 3.0, 0, 1e-6)", "f3,4,5"),
]


LAYER_CASES = [
    layer_case("LayerNorm", "model = nn.LayerNorm(8)", D2),
    layer_case("LayerNorm", "model = nn.LayerNorm([8, 8], eps=1e-3, elementwise_affine=False)", D2,
               id="LayerNorm-no-affine"),
    layer_case("LayerNorm", "model = nn.LayerNorm((3, 8), 1e-5, True, False)", D1, id="LayerNorm-no-bias"),
    layer_case("RMSNorm", "model = nn.RMSNorm(8)", D2),
    layer_case("RMSNorm", "model = nn.RMSNorm([3, 8], eps=1e-3, elementwise_affine=False)", D1, id="RMSNorm-eps"),
    layer_case("LocalResponseNorm", "model = nn.LocalResponseNorm(2)", (Fl(2, 5, 4, 4),)),
    layer_case("LocalResponseNorm", "model = nn.LocalResponseNorm(3, alpha=0.01, beta=0.5, k=2.0)", (Fl(2, 6, 7),),
               id="LocalResponseNorm-3d"),
    layer_case("LocalResponseNorm", "model = nn.LocalResponseNorm(5, 1e-3)", (Fl(2, 7, 2, 3, 2),),
               id="LocalResponseNorm-5d"),
    layer_case("CrossMapLRN2d", "model = nn.CrossMapLRN2d(5, alpha=0.01, beta=0.75, k=1)", (Fl(2, 9, 4, 4),)),
    layer_case("CrossMapLRN2d", "model = nn.CrossMapLRN2d(4)", (Fl(1, 3, 2, 2),), id="CrossMapLRN2d-few-channels"),
    layer_case("torch.nn.GroupNorm", "model = nn.GroupNorm(2, 4)", (Fl(2, 4, 5, 5),)),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)
test_layer_entry, test_layer_call_shape = layer_tests(LAYER_CASES)

COVERED = covered(ENTRY_CASES, LAYER_CASES)  # see tests/test_coverage.py
