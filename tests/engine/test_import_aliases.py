"""Jittor's module names (`init`, `nn`, `jt`) bound by the user inside a function: the converted
import takes another name there, so `nn.init.*` still reaches Jittor's init, not the user's object."""
import pytest
from parity import assert_same, run_both

pytestmark = pytest.mark.frameworks

CODE = '''
def f(x):
    net = nn.Sequential(nn.Linear(2, 3), nn.Linear(3, 1))

    def init(m):
        if isinstance(m, nn.Linear):
            nn.init.constant_(m.weight, 0.25)
            nn.init.zeros_(m.bias)

    def scale(layer, init="ones"):
        if init == "ones":
            nn.init.ones_(layer.bias)

    net.apply(init)
    scale(net[1])
    return net(x)
'''


def test_function_binding_an_import_name(torch, jittor):
    both = run_both(CODE, ["f4,2"])
    assert_same(both.expected, both.actual)
