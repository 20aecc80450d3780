"""torch.zeros/ones/empty/rand/randn with the size given by name (`torch.empty(size=(n, m))`, as
gat's layers write it), run in both frameworks: the same shapes, dtypes and values."""
import pytest
from parity import assert_converts, assert_same, run_both

pytestmark = pytest.mark.frameworks


def case(covers, code, *inputs, id=None):
    keys = covers.split()
    return pytest.param(keys, code, list(inputs), 1e-6, 1e-6, id=id or keys[0].replace("torch.", ""))


CASES = [
    case("torch.zeros torch.ones",
         "def f(x):\n    return torch.zeros(size=(2, 3)), torch.ones(size=[4], dtype=torch.int64)", "f1"),
    case("torch.empty", "def f(x):\n    e = torch.empty(size=(x.shape[0], 3))\n    return e.shape, e.dtype == torch.float32", "f5"),
    case("torch.rand torch.randn",
         "def f(x):\n    return torch.rand(size=(2, 3)).shape, torch.randn(size=(4,), dtype=torch.float64).dtype == torch.float64",
         "f1"),
]



# (the size by name has no other call shape: PyTorch's signature names it `*size`)
@pytest.mark.parametrize("covers, code, inputs, atol, rtol", CASES)
def test_size_by_name(torch, jittor, covers, code, inputs, atol, rtol):
    both = run_both(code, inputs)
    assert_converts(both, covers)
    assert_same(both.expected, both.actual, atol, rtol)


COVERED = {k for p in CASES for k in p.values[0]}  # see test_coverage.py
