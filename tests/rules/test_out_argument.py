"""PyTorch's `out=` argument (rules/out_argument.py): the call without it, its result written into
the out tensor by the helper (`t2j.out_`), which is returned; a slice as out stays reported."""
import pytest
from parity import assert_same, run_both

from torch2jittor import convert_source

pytestmark = pytest.mark.frameworks

COVERED = set()  # no entry of its own: a rule over every entry whose PyTorch signature takes out=


def test_results_are_written_into_out_tensors(torch, jittor):
    both = run_both('''
def f(x, y):
    o = torch.empty(3, 4)
    r = torch.add(x, y, out=o)
    ints = torch.zeros(2, dtype=torch.int64)
    torch.arange(2, out=ints)
    floats = torch.zeros(1)  # resized to the result's shape, as PyTorch does (with a warning)
    torch.mul(x, 2, out=floats)
    wide = torch.zeros(3, 4, dtype=torch.float64)
    torch.sigmoid(x, out=wide)
    s = torch.empty(0)
    torch.sum(x, 1, out=s)
    values, indices = torch.empty(3), torch.empty(3, dtype=torch.long)
    got = torch.max(x, 1, out=(values, indices))
    torch.exp(x, out=x)  # the input itself
    mask = torch.zeros(3, 4, dtype=torch.bool)
    torch.gt(x, 1.0, out=mask)
    try:
        torch.add(x, y, out=ints)  # a float result into an int64 tensor
        refused = False
    except RuntimeError:
        refused = True
    return (o, r is o, ints, floats, wide, s, values, indices, got[0] is values, got[1] is indices, x, mask,
            refused)
''', ["f3,4", "f3,4"])
    assert_same(both.expected, both.actual)
    assert "t2j.out_(o, t2j.add(x, y))" in both.code
    assert "t2j.out_((values, indices), " in both.code
    assert "torch.add" in both.converted and "torch.max" in both.converted


def test_a_slice_as_out_is_reported():
    result = convert_source("import torch\nx = torch.ones(3)\ny = torch.zeros(2, 3)\ntorch.tanh(x, out=y[0])\n")
    assert "out=y[0]" in result.code and "out_" not in result.code
    assert [d.kind for d in result.diagnostics] == ["unsupported-argument"]
