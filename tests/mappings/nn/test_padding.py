"""Run-both proofs of the entries in src/torch2jittor/mappings/nn/padding.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import pytest
from parity import D1, D2, D3, Fl, covered, entry_case, entry_tests, error_tests, layer_case, layer_tests

pytestmark = pytest.mark.frameworks


ENTRY_CASES = [
    entry_case("F.pad", "def f(x): return F.pad(x, (1, 2))", "f2,3,4,5"),
    entry_case("F.pad", "def f(x): return F.pad(x, (1, 1, 2, 0), value=0.5)", "f2,3,4,5"),
    entry_case("F.pad", "def f(x): return F.pad(x, [1, 0, 0, 2, 1, 1], 'constant', -1.0)", "f2,3,4,5"),
    entry_case("F.pad", "def f(x): return F.pad(x, (2, 2, 1, 3), mode='reflect')", "f2,3,4,5"),
    entry_case("F.pad", "def f(x): return F.pad(x, (2, 2, 1, 3), mode='replicate')", "f2,3,4,5"),
    entry_case("F.pad", "def f(x): return F.pad(x, (2, 1, 1, 3), mode='circular')", "f2,3,4,5"),
    entry_case("F.pad", "def f(x): return F.pad(x, (-1, 2, 1, -2))", "f2,3,4,5", id="pad-negative-crops"),
    entry_case("F.pad", "def f(x): return F.pad(x, (3, 1), 'reflect')", "f2,3,5", id="pad-reflect-1d"),
]


LAYER_CASES = [
    layer_case("ZeroPad1d", "model = nn.ZeroPad1d((1, 2))", D1),
    layer_case("ZeroPad2d", "model = nn.ZeroPad2d(2)", D2),
    layer_case("ZeroPad2d", "model = nn.ZeroPad2d((1, 0, -1, 2))", D2, id="ZeroPad2d-negative"),
    layer_case("ZeroPad3d", "model = nn.ZeroPad3d((1, 0, 0, 2, 1, 1))", D3),
    layer_case("ConstantPad1d", "model = nn.ConstantPad1d(2, 3.5)", D1),
    layer_case("ConstantPad2d", "model = nn.ConstantPad2d((1, 2, 0, 1), value=-1.0)", D2),
    layer_case("ConstantPad3d", "model = nn.ConstantPad3d(1, 0.5)", D3),
    layer_case("ReflectionPad1d", "model = nn.ReflectionPad1d((3, 1))", D1),
    layer_case("ReflectionPad2d", "model = nn.ReflectionPad2d(2)", D2),
    layer_case("ReflectionPad2d", "model = nn.ReflectionPad2d((1, 3, 2, 0))", (Fl(3, 5, 6),), id="ReflectionPad2d-tuple-3d"),
    layer_case("ReflectionPad3d", "model = nn.ReflectionPad3d((1, 2, 0, 1, 2, 1))", D3),
    layer_case("ReplicationPad1d", "model = nn.ReplicationPad1d(3)", D1),
    layer_case("ReplicationPad2d", "model = nn.ReplicationPad2d((0, 2, 3, 1))", D2),
    layer_case("ReplicationPad3d", "model = nn.ReplicationPad3d(2)", D3),
    layer_case("CircularPad1d", "model = nn.CircularPad1d((2, 3))", D1),
    layer_case("CircularPad2d", "model = nn.CircularPad2d(1)", D2),
    layer_case("CircularPad3d", "model = nn.CircularPad3d((1, 1, 2, 0, 0, 3))", D3),
]


INVALID_ARGUMENTS = [
    ("def f(x): return F.pad(x, [3, 3], mode='reflect')", ("f1,2,3",)),
    ("def f(x): return F.pad(x, [1])", ("f1,2,3",)),
    ("model = nn.ReflectionPad1d(3)", (Fl(1, 2, 3),)),
    ("model = nn.CircularPad1d(4)", (Fl(1, 2, 3),)),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)
test_layer_entry, test_layer_call_shape = layer_tests(LAYER_CASES)
test_invalid_arguments_raise_as_in_pytorch = error_tests(INVALID_ARGUMENTS)

COVERED = covered(ENTRY_CASES, LAYER_CASES)  # see tests/test_coverage.py
