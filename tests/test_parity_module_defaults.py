"""Methods PyTorch code calls on any module, which Jittor's classes lack, given to them by the
helper package (runtime/jittor_compat/nn/module.py): `m.forward(x)` on a module the converter could
not prove to be one, and `reset_parameters()` / `reset_running_stats()` (timm's ScaledStdConv2d calls
`super().reset_parameters()`), run in both frameworks."""
import pytest
from parity import assert_same, run_both

pytestmark = pytest.mark.frameworks


def test_forward_on_modules_held_in_lists():
    # hrnet's `down.forward(y)` over modules from a ModuleList: not provably modules
    code = ("class Net(nn.Module):\n"
            "    def __init__(self):\n"
            "        super().__init__()\n"
            "        self.downs = nn.ModuleList([nn.Sequential(nn.Linear(4, 4), nn.ReLU()), nn.Linear(4, 4)])\n"
            "    def forward(self, x):\n"
            "        for down in self.downs:\n"
            "            x = down.forward(x)\n"
            "        return x\n"
            "model = Net()\n")
    both = run_both(code, ["f2,4"], entry="model")
    assert_same(both.expected, both.actual)


def test_reset_parameters_keeps_pytorch_init_ranges():
    code = ("class Scaled(nn.Conv2d):\n"
            "    def __init__(self, *args, **kwargs):\n"
            "        super().__init__(*args, **kwargs)\n"
            "        self.reset_parameters()\n"
            "    def reset_parameters(self):\n"
            "        super().reset_parameters()\n"
            "def f(x):\n"
            "    conv, lin, bn = Scaled(3, 8, 3), nn.Linear(50, 4), nn.BatchNorm2d(3)\n"
            "    lin.reset_parameters()\n"
            "    bn.running_mean.fill_(5.0)\n"
            "    bn.reset_running_stats()\n"
            "    bn.reset_parameters()\n"
            "    bound, lin_bound = 1 / 27 ** 0.5, 1 / 50 ** 0.5\n"
            "    return (bool(conv.weight.abs().max() <= bound), bool(conv.weight.abs().max() > bound / 2),\n"
            "            bool(lin.weight.abs().max() <= lin_bound), bool(lin.bias.abs().max() <= lin_bound),\n"
            "            bn.running_mean, bn.running_var, bn.weight, bn.bias)\n")
    both = run_both(code, ["f1"])
    assert_same(both.expected, both.actual)
