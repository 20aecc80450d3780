"""nn.Conv2d with a padding_mode other than 'zeros' (rules/conv_padding_mode.py), run in both frameworks:
the converted model loads PyTorch's weights and gives PyTorch's outputs."""
import pytest
from parity import assert_same, run_both

pytestmark = pytest.mark.frameworks

COVERED = {"torch.nn.Conv2d"}

X = ("f2,3,9,8",)

PADDING_MODES = [
    pytest.param("model = nn.Conv2d(3, 4, 3, padding=1, padding_mode='reflect')", id="reflect"),
    pytest.param("model = nn.Conv2d(3, 4, (3, 2), 2, (2, 1), 1, 1, True, 'replicate')", id="positional-replicate"),
    pytest.param("model = nn.Conv2d(3, 6, 4, padding='same', padding_mode='circular', groups=3, dilation=2)",
                 id="same-circular-groups"),
    pytest.param("model = nn.Conv2d(3, 4, 3, padding='valid', padding_mode='reflect', bias=False)", id="valid"),
    pytest.param("model = nn.Conv2d(3, 4, 3, padding=1, padding_mode='zeros')", id="zeros-written-out"),
    # a string padding alone: Jittor's nn.Conv takes only numbers
    pytest.param("model = nn.Conv2d(3, 4, 3, padding='same', bias=False)", id="same-alone"),
    pytest.param("model = nn.Conv2d(3, 4, (2, 4), 1, 'same', 2)", id="same-positional-even-kernel"),
    pytest.param("model = nn.Conv2d(3, 4, 3, padding='valid')", id="valid-alone"),
    # RepVGG passes the mode through a variable: known only at run time
    pytest.param("def block(c, mode):\n    return nn.Conv2d(in_channels=c, out_channels=4, kernel_size=3, padding=1,"
                 " padding_mode=mode)\nmodel = nn.Sequential(block(3, 'reflect'), block(4, 'zeros'))", id="variable"),
]


@pytest.mark.parametrize("code", PADDING_MODES)
def test_conv2d_padding_modes(torch, jittor, code):
    both = run_both(code, X, entry="model")
    assert "padding_mode" not in both.code or "t2j.Conv2d" in both.code
    assert_same(both.expected, both.actual)


def test_conv2d_padding_mode_unbatched_and_isinstance(torch, jittor):
    code = ("class Net(nn.Module):\n"
            "    def __init__(self):\n"
            "        super().__init__()\n"
            "        self.conv = nn.Conv2d(3, 4, 3, padding=2, padding_mode='reflect')\n"
            "    def forward(self, x):\n"
            "        return self.conv(x[0]), isinstance(self.conv, nn.Conv2d), self.conv.padding_mode\n"
            "model = Net()\n")
    both = run_both(code, X, entry="model")
    assert_same(both.expected, both.actual)
