"""Layer classes compared by identity (`type(m) == nn.Linear` in an init function, `m.__class__ is
nn.Conv2d`, a class kept in a variable): the converted comparison picks the same modules."""
import pytest
from parity import assert_same, run_both

pytestmark = pytest.mark.frameworks

CODE = '''
def f(x):
    net = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1), nn.Tanh())
    layer, act = nn.Linear, nn.Tanh

    def init_weights(m):
        if type(m) == nn.Linear:
            nn.init.constant_(m.weight, 0.25)
            nn.init.zeros_(m.bias)
        if m.__class__ is nn.ReLU or type(m) in (nn.Tanh, nn.Sigmoid):
            m.seen = True

    net.apply(init_weights)
    kinds = [type(m) == layer for m in net] + [type(m) != act for m in net]
    flagged = [getattr(m, "seen", False) for m in net]
    by_class = {nn.Linear: "linear", nn.ReLU: "relu"}
    names = [by_class.get(type(m), "other") for m in net]
    return net(x), kinds, flagged, names
'''


def test_layer_classes_compared_by_identity(torch, jittor):
    both = run_both(CODE, ["f4,2"])
    assert_same(both.expected, both.actual)
