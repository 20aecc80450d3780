"""torch.Size's methods on Jittor's shapes (rules/tensor_size.py), run in both frameworks."""
import pytest
from parity import assert_same, run_both

pytestmark = pytest.mark.frameworks

SIZE_CODE = '''
def f(x: torch.Tensor):
    shape = x.size()
    return (x.size().numel(), x.shape.numel(), shape.numel(), shape.count(3), shape.index(4),
            x.shape[1:].numel(), torch.Size([2, 5]).numel())
'''


def test_size_methods_on_jittor_shapes(torch, jittor):
    """torch.Size's numel/count/index (Jittor's shape, a NanoVector, has none of them), directly on
    `x.size()`/`x.shape` and through a name bound to one (rules/tensor_size.py)."""
    both = run_both(SIZE_CODE, ["f2,3,4"])
    assert both.code.count("t2j.Size(") == 7
    assert both.expected == (24, 24, 24, 1, 2, 12, 10)
    assert_same(both.expected, both.actual)


def test_shapes_made_text_read_as_pytorch(torch, jittor):
    """A tutorial's `print(f"X's shape: {x.shape}")`, `str(x.size())`: PyTorch's text is
    `torch.Size([6, 3])`, Jittor's shape prints `[6,3,]`."""
    both = run_both('''
def f(x: torch.Tensor):
    return (f"X's shape: {x.shape}", f"{x.size()!r:>30}", str(x.size()), repr(x.shape), f"{x.size(0)}",
            x.shape == (6, 3))
''', ["f6,3"])
    assert "t2j.Size(x.shape)" in both.code
    assert_same(both.expected, both.actual)
