"""Run-both proofs of the entries in src/torch2jittor/mappings/nn/conv.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import pytest
from parity import (D1, D2, D3, Fl, assert_same, covered, entry_case, entry_tests, layer_case, layer_tests, lazy_tests,
                    net, run_both)

pytestmark = pytest.mark.frameworks


ENTRY_CASES = [
    entry_case("F.conv1d", "def f(x, w, b): return F.conv1d(x, w, b)", "f2,4,9", "f6,4,3", "f6", atol=1e-4),
    entry_case("F.conv1d", "def f(x, w): return F.conv1d(x, w, None, 2, 1, 2, 2)", "f2,4,11", "f6,2,3", atol=1e-4),
    entry_case("F.conv1d", "def f(x, w): return F.conv1d(x, w, padding='same', dilation=2)", "f2,4,9", "f3,4,4",
               atol=1e-4),
    entry_case("F.conv2d", "def f(x, w, b): return F.conv2d(x, w, b, stride=2, padding=1)", "f2,4,9,9", "f6,4,3,3", "f6",
               atol=1e-4),
    entry_case("F.conv2d", "def f(x, w): return F.conv2d(x, w, None, (1, 2), (2, 0), 2, 2)", "f2,4,9,9", "f6,2,3,3",
               atol=1e-4),
    entry_case("F.conv2d", "def f(x, w): return F.conv2d(x, w, padding='same')", "f2,4,7,7", "f3,4,4,3", atol=1e-4),
    entry_case("F.conv2d", "def f(x, w): return F.conv2d(x, w, padding='valid')", "f2,4,7,7", "f3,4,3,3", atol=1e-4),
    entry_case("F.conv2d", "def f(x, w): return F.conv2d(x, w, groups=4)", "f4,7,7", "f4,1,3,3", atol=1e-4,
               id="conv2d-unbatched-depthwise"),
    entry_case("F.conv3d", "def f(x, w, b): return F.conv3d(x, w, b, padding=1)", "f1,2,5,5,5", "f3,2,3,3,3", "f3",
               atol=1e-4),
    entry_case("F.conv3d", "def f(x, w): return F.conv3d(x, w, stride=2)", "f1,2,6,6,6", "f3,2,2,2,2", atol=1e-4),
    entry_case("F.conv_transpose1d", "def f(x, w, b): return F.conv_transpose1d(x, w, b, stride=2, padding=1)",
               "f2,4,6", "f4,3,3", "f3", atol=1e-4),
    entry_case("F.conv_transpose2d", "def f(x, w, b): return F.conv_transpose2d(x, w, b, 2, 1, 1)", "f1,4,5,5",
               "f4,3,3,3", "f3", atol=1e-4),
    entry_case("F.conv_transpose2d", "def f(x, w): return F.conv_transpose2d(x, w, groups=2, dilation=2)", "f1,4,5,5",
               "f4,2,3,3", atol=1e-4),
    entry_case("F.conv_transpose3d", "def f(x, w): return F.conv_transpose3d(x, w, stride=2)", "f1,2,3,3,3",
               "f2,3,2,2,2", atol=1e-4),
    entry_case("torch.nn.functional.conv2d", "def f(x, w, b): return torch.conv2d(x, w, b, 2, 1, 1, 1)", "f2,3,7,7",
               "f4,3,3,3", "f4", atol=1e-4, id="torch.conv2d"),
    entry_case("torch.nn.functional.conv1d", "def f(x, w): return torch.conv1d(x, w, padding=2, dilation=2)", "f2,3,9",
               "f4,3,3", atol=1e-4, id="torch.conv1d"),
    entry_case("torch.nn.functional.conv3d", "def f(x, w): return torch.conv3d(x, w, stride=2)", "f1,2,5,5,5", "f3,2,2,2,2",
               atol=1e-4, id="torch.conv3d"),
    entry_case("torch.nn.functional.conv_transpose2d", "def f(x, w): return torch.conv_transpose2d(x, w, None, 2, 1, 1)",
               "f2,3,4,4", "f3,2,3,3", atol=1e-4, id="torch.conv_transpose2d"),
    entry_case("torch.nn.functional.conv_transpose1d", "def f(x, w): return torch.conv_transpose1d(x, w, stride=2)",
               "f2,3,5", "f3,2,3", atol=1e-4, id="torch.conv_transpose1d"),
    entry_case("torch.nn.functional.conv_transpose3d", "def f(x, w): return torch.conv_transpose3d(x, w)", "f1,2,3,3,3",
               "f2,2,2,2,2", atol=1e-4, id="torch.conv_transpose3d"),
]


LAYER_CASES = [
    layer_case("Conv1d", "model = nn.Conv1d(3, 4, 3, stride=2, padding=1)", D1),
    layer_case("Conv1d", "model = nn.Conv1d(3, 6, 3, 1, 2, 2, 3, False, 'zeros', None, None)", D1, id="Conv1d-positional"),
    layer_case("Conv1d", "model = nn.Conv1d(3, 4, 4, padding='same', padding_mode='reflect')", D1, id="Conv1d-same-reflect"),
    layer_case("Conv1d", "model = nn.Conv1d(3, 4, (3,), padding='valid', padding_mode='circular')", D1, id="Conv1d-valid"),
    layer_case("Conv1d", "model = nn.Conv1d(3, 4, 3, padding=2, padding_mode='replicate')", D1, id="Conv1d-replicate"),
    layer_case("Conv1d", "model = nn.Conv1d(3, 4, 3)", (Fl(3, 8),), id="Conv1d-unbatched"),
    layer_case("Conv3d", "model = nn.Conv3d(3, 4, 3, stride=(1, 2, 1), padding=1)", D3),
    layer_case("Conv3d", "model = nn.Conv3d(3, 6, (2, 3, 3), 1, (0, 1, 1), (1, 1, 2), groups=3, bias=False)", D3,
               id="Conv3d-groups-dilation"),
    layer_case("Conv3d", "model = nn.Conv3d(3, 2, 3, padding='same', padding_mode='circular')", D3, id="Conv3d-same"),
    layer_case("ConvTranspose1d", "model = nn.ConvTranspose1d(3, 4, 3, stride=2, padding=1, output_padding=1)", D1),
    layer_case("ConvTranspose1d", "model = nn.ConvTranspose1d(3, 6, 3, 2, 0, 0, 3, False, 2)", D1,
               id="ConvTranspose1d-groups-dilation"),
    layer_case("ConvTranspose1d", net("self.up = nn.ConvTranspose1d(3, 2, 3, stride=2, padding=1)",
                                "return self.up(x, output_size=[16])"), D1, id="ConvTranspose1d-output_size"),
    layer_case("ConvTranspose3d", "model = nn.ConvTranspose3d(3, 2, 3, stride=2, padding=1, output_padding=(1, 0, 1))", D3),
    layer_case("ConvTranspose3d", "model = nn.ConvTranspose3d(4, 2, (1, 2, 3), groups=2, dilation=(1, 2, 1))",
               (Fl(1, 4, 3, 4, 5),), id="ConvTranspose3d-groups"),
    layer_case("torch.nn.Conv2d", "model = nn.Conv2d(3, 4, kernel_size=3, stride=2, padding=1, bias=False)", D2),
    layer_case(
        "torch.nn.Conv2d",
        "model = nn.Conv2d(3, 6, 3, 1, 2, 2, 3, padding_mode='zeros')",
        D2,
        id="Conv2d-positional-groups",
    ),
    layer_case(
        "torch.nn.ConvTranspose2d",
        "model = nn.ConvTranspose2d(3, 4, 3, stride=2, padding=1, output_padding=1)",
        D2,
    ),
    layer_case("ConvTranspose2d", net("self.up = nn.ConvTranspose2d(3, 2, 3, stride=2, padding=1)",
                                "return self.up(x, output_size=[x.shape[2] * 2, x.shape[3] * 2])"), D2,
               id="ConvTranspose2d-output_size"),
    layer_case("ConvTranspose2d", "model = nn.ConvTranspose2d(4, 6, (2, 3), 2, 1, 1, 2, False, (2, 1))",
               (Fl(1, 4, 5, 6),), id="ConvTranspose2d-groups-dilation"),
    layer_case("ConvTranspose2d", "model = nn.ConvTranspose2d(3, 2, 3)", (Fl(3, 5, 6),), id="ConvTranspose2d-unbatched"),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)
test_layer_entry, test_layer_call_shape = layer_tests(LAYER_CASES)

LAZY_CASES = [
    ("torch.nn.LazyConv1d", "model = nn.LazyConv1d(4, 3, stride=2, padding=1)", ["f2,3,9"]),
    ("torch.nn.LazyConv1d", "model = nn.LazyConv1d(4, 3)", ["f3,9"]),
    ("torch.nn.LazyConv2d", "model = nn.LazyConv2d(6, 3, padding=1, groups=2)", ["f2,4,7,6"]),
    ("torch.nn.LazyConv2d", "model = nn.LazyConv2d(3, (2, 3), padding=2, padding_mode='reflect', bias=False)",
     ["f1,2,6,7"]),
    ("torch.nn.LazyConv3d", "model = nn.LazyConv3d(2, 2, dilation=2)", ["f1,3,5,5,6"]),
    ("torch.nn.LazyConvTranspose1d", "model = nn.LazyConvTranspose1d(3, 4, stride=2, output_padding=1)", ["f2,5,6"]),
    ("torch.nn.LazyConvTranspose2d", "model = nn.LazyConvTranspose2d(4, 3, stride=2, padding=1)", ["f2,3,4,5"]),
    ("torch.nn.LazyConvTranspose3d", "model = nn.LazyConvTranspose3d(2, 2, groups=1, bias=False)", ["f1,3,3,4,2"]),
]
test_lazy_layer = lazy_tests(LAZY_CASES)

COVERED = covered(ENTRY_CASES, LAYER_CASES, LAZY_CASES)  # see tests/test_coverage.py


@pytest.mark.parametrize("args", ["3, 4, 3, padding=2, dilation=2, padding_mode='reflect', bias=False",
                                  "3, 4, (3, 2), padding=(1, 0), padding_mode='circular'",
                                  "3, 4, 3, padding='same', dilation=2", "3, 4, 3, padding='valid', padding_mode='replicate'"])
def test_conv2d_padding_attribute(torch, jittor, args):
    """`conv.padding` reads as in PyTorch (a pair, or the string given) when the helper pads the input
    itself (a padding mode or a string padding); it read (0, 0)."""
    code = (f"def f(x):\n"
            f"    conv = nn.Conv2d({args})\n"
            f"    for p in conv.parameters():\n"
            f"        nn.init.constant_(p, 0.1)\n"
            f"    return conv.padding, conv.kernel_size, conv.dilation, conv(x), conv.padding\n")
    both = run_both(code, ["f2,3,9,8"])
    assert_same(both.expected, both.actual)


def test_conv2d_unbatched_input(torch, jittor):
    """nn.Conv2d on a (C, H, W) input, grouped and strided too; Jittor's nn.Conv unpacked four
    dimensions (ValueError)."""
    code = ("def f(x):\n"
            "    plain = nn.Conv2d(4, 2, 3, padding=1)\n"
            "    grouped = nn.Conv2d(4, 4, 2, stride=2, groups=2, bias=False)\n"
            "    for p in list(plain.parameters()) + list(grouped.parameters()):\n"
            "        nn.init.constant_(p, 0.1)\n"
            "    return plain(x[0]), grouped(x[1]), plain(x).shape\n")
    both = run_both(code, ["f2,4,6,5"])
    assert_same(both.expected, both.actual)


def test_conv2d_reports_its_padding_mode(torch, jittor):
    """`conv.padding_mode`, `conv.transposed`, `conv.output_padding` of a plain nn.Conv2d (Jittor's
    nn.Conv had none of them: AttributeError)."""
    code = ("def f(x):\n"
            "    conv = nn.Conv2d(3, 4, 3, stride=2)\n"
            "    return conv.padding_mode, conv.transposed, conv.output_padding, conv.stride, conv.kernel_size\n")
    both = run_both(code, ["f1,3,5,5"])
    assert_same(both.expected, both.actual)
