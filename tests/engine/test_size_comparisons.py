"""A shape compared with a torch.Size (`assert out.shape == torch.Size([2, 10])`, a Size kept in a
variable on the left): Jittor's shape raises when compared with anything but a plain tuple or list."""
import pytest
from parity import assert_same, run_both

pytestmark = pytest.mark.frameworks

CODE = '''
def f(x):
    y = x.view(3, 2)
    expected = torch.Size([3, 2])
    return (y.shape == torch.Size([3, 2]), x.size() != torch.Size((2, 3)), torch.Size([3, 2]) == y.shape,
            expected == y.shape, expected != x.shape, expected.numel(), {expected: 1}.get(torch.Size([3, 2])))
'''


def test_shape_compared_with_size(torch, jittor):
    both = run_both(CODE, ["f2,3"])
    assert_same(both.expected, both.actual)
