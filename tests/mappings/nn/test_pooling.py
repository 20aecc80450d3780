"""Pooling at its edges: run-both proofs with inputs sized so that Jittor's own pooling differs.

Jittor's Pool raises "size of var should be larger than kernel_size" when a side is not larger
than the kernel (PyTorch pools a 4x4 map with kernel 4: `F.avg_pool2d(out, 4)` ends CIFAR ResNets,
`F.avg_pool2d(out, out.size(2))` SENet's squeeze), takes batched 2-d input only, asserts
dilation is None, sizes ceil_mode's output without PyTorch's rule that the last window starts
inside the input or its left padding, ignores count_include_pad off ceil_mode and returns int32
indices. Its adaptive pools use one stride floor(H/oh) for every bin, which differs from
PyTorch's bins [floor(i*H/oh), ceil((i+1)*H/oh)) whenever H % oh != 0 (10 -> 7). Each case below
hits one of these (the comment says which) in the module and the functional form, 1-d to 3-d.
Harness and comparison: tests/parity.py (value, shape and dtype; indices must be int64).
"""
import pytest
from parity import (D1, D2, D3, Fl, U, assert_same, check_call_shape, covered, entry_case, entry_tests, error_tests,
                    layer_case, layer_tests, net, run_both, shape_cases)

pytestmark = pytest.mark.frameworks


def case(covers, code, shape, id):
    spec = "f" + ",".join(str(n) for n in shape)
    return pytest.param(covers.split(), code, spec, id=id)


def tie_case(covers, expr, id):
    """The gradient of `expr` (a pooling of y) with respect to a weight: y = round(2 x) * w on a
    5x5 map has many tied maxima in each window."""
    code = ("class Net(nn.Module):\n"
            "    def __init__(self):\n"
            "        super().__init__()\n"
            "        self.w = nn.Parameter(torch.ones(1, 1, 5, 5))\n"
            "    def forward(self, x):\n"
            "        y = torch.round(x * 2) * self.w\n"
            f"        return {expr}\n"
            "net = Net()\n"
            "def f(x):\n"
            "    out = net(x)\n"
            "    (out * torch.arange(1.0, out.numel() + 1).view(out.shape)).sum().backward()\n"
            "    return net.w.grad")
    return case(covers, code, (2, 3, 5, 5), id)


MODULE_CASES = [
    # ---- a side no larger than the kernel ----------------------------------------------------------
    case("torch.nn.MaxPool2d", "model = nn.MaxPool2d(kernel_size=2, stride=2)", (2, 3, 2, 2), "MaxPool2d-map-equals-kernel"),
    case("torch.nn.MaxPool2d", "model = nn.MaxPool2d(3, 1, 1)", (2, 3, 2, 3), "MaxPool2d-map-smaller-than-kernel-padded"),
    case("AvgPool2d", "model = nn.AvgPool2d(8, stride=1)", (2, 4, 8, 8), "AvgPool2d-map-equals-kernel"),
    case("AvgPool2d", "model = nn.AvgPool2d(kernel_size=1, stride=1)", (2, 4, 1, 1), "AvgPool2d-1x1"),
    case("AvgPool2d", "model = nn.AvgPool2d(3, 1, 1, count_include_pad=False)", (2, 3, 2, 2),
         "AvgPool2d-small-map-exclude-pad"),
    case("AvgPool2d", "model = nn.AvgPool2d(4, divisor_override=3)", (2, 3, 4, 4), "AvgPool2d-divisor-map-equals-kernel"),
    case("torch.nn.MaxPool1d", "model = nn.MaxPool1d(4)", (2, 3, 4), "MaxPool1d-map-equals-kernel"),
    case("torch.nn.AvgPool1d", "model = nn.AvgPool1d(4)", (2, 3, 4), "AvgPool1d-map-equals-kernel"),
    case("torch.nn.MaxPool3d", "model = nn.MaxPool3d(2)", (2, 3, 2, 2, 2), "MaxPool3d-map-equals-kernel"),
    case("torch.nn.AvgPool3d", "model = nn.AvgPool3d(4, stride=1)", (1, 2, 4, 4, 4), "AvgPool3d-map-equals-kernel"),
    # ---- ceil_mode: PyTorch drops a last window that would start in the right padding --------------
    case("torch.nn.MaxPool2d", "model = nn.MaxPool2d(2, 2, 1, ceil_mode=True)", (2, 3, 5, 5), "MaxPool2d-ceil-rule"),
    case("AvgPool2d", "model = nn.AvgPool2d(2, 2, 1, ceil_mode=True)", (2, 3, 5, 5), "AvgPool2d-ceil-rule"),
    case("AvgPool2d", "model = nn.AvgPool2d(3, 2, 0, True, False)", (2, 3, 6, 6), "AvgPool2d-ceil-partial-window"),
    case("torch.nn.MaxPool1d", "model = nn.MaxPool1d(2, 2, 1, ceil_mode=True)", (2, 3, 5), "MaxPool1d-ceil-rule"),
    case("torch.nn.AvgPool3d", "model = nn.AvgPool3d(2, 2, 1, ceil_mode=True)", (1, 2, 5, 5, 3), "AvgPool3d-ceil-rule"),
    # ---- padding, count_include_pad, dilation, indices, stride None, list arguments, unbatched ------
    case("AvgPool2d", "model = nn.AvgPool2d((3, 5), (1, 2), (1, 2))", (2, 3, 7, 9), "AvgPool2d-padding-counted"),
    case("AvgPool2d", "model = nn.AvgPool2d(3, 2, 1, count_include_pad=False)", (2, 3, 7, 7), "AvgPool2d-padding-not-counted"),
    case("torch.nn.MaxPool2d", "model = nn.MaxPool2d(3, stride=1, padding=1, dilation=2)", (2, 3, 9, 9),
         "MaxPool2d-dilation"),
    case("torch.nn.MaxPool2d", "model = nn.MaxPool2d(2, return_indices=True)", (2, 3, 5, 5), "MaxPool2d-indices-int64"),
    case("torch.nn.MaxPool2d", "model = nn.MaxPool2d(3, 2, 1, return_indices=True, ceil_mode=True)", (2, 3, 6, 6),
         "MaxPool2d-indices-ceil-padded"),
    case("torch.nn.MaxPool2d", "model = nn.MaxPool2d((2, 3), None, (1, 0))", (2, 3, 6, 7), "MaxPool2d-stride-none"),
    case("torch.nn.MaxPool2d", "model = nn.MaxPool2d(kernel_size=[3, 3], stride=[2, 2])", (2, 3, 7, 7),
         "MaxPool2d-list-arguments"),
    case("AvgPool2d", "model = nn.AvgPool2d([2, 2])", (2, 3, 6, 6), "AvgPool2d-list-kernel"),
    case("torch.nn.MaxPool2d", "model = nn.MaxPool2d(2)", (3, 6, 6), "MaxPool2d-unbatched"),
    case("AvgPool2d", "model = nn.AvgPool2d(2)", (3, 6, 6), "AvgPool2d-unbatched"),
    # ---- adaptive pooling: bins that do not divide the input --------------------------------------
    case("torch.nn.AdaptiveAvgPool2d", "model = nn.AdaptiveAvgPool2d(7)", (2, 3, 10, 10), "AdaptiveAvgPool2d-10-to-7"),
    case("torch.nn.AdaptiveAvgPool2d", "model = nn.AdaptiveAvgPool2d((None, 7))", (2, 3, 5, 10),
         "AdaptiveAvgPool2d-none-10-to-7"),
    case("torch.nn.AdaptiveAvgPool2d", "model = nn.AdaptiveAvgPool2d((7, 5))", (2, 3, 4, 3), "AdaptiveAvgPool2d-upsampling"),
    case("torch.nn.AdaptiveAvgPool2d", "model = nn.AdaptiveAvgPool2d(3)", (3, 10, 10), "AdaptiveAvgPool2d-unbatched"),
    case("torch.nn.AdaptiveMaxPool2d", "model = nn.AdaptiveMaxPool2d(7)", (2, 3, 10, 10), "AdaptiveMaxPool2d-10-to-7"),
    case("torch.nn.AdaptiveMaxPool2d", "model = nn.AdaptiveMaxPool2d((7, 3), return_indices=True)", (2, 3, 10, 10),
         "AdaptiveMaxPool2d-indices"),
    case("torch.nn.AdaptiveAvgPool1d", "model = nn.AdaptiveAvgPool1d(7)", (2, 3, 10), "AdaptiveAvgPool1d-10-to-7"),
    case("torch.nn.AdaptiveMaxPool1d", "model = nn.AdaptiveMaxPool1d(7, True)", (2, 3, 10), "AdaptiveMaxPool1d-indices"),
    case("torch.nn.AdaptiveAvgPool3d", "model = nn.AdaptiveAvgPool3d((7, 3, 2))", (1, 2, 10, 5, 3),
         "AdaptiveAvgPool3d-10-to-7"),
    case("torch.nn.AdaptiveMaxPool3d", "model = nn.AdaptiveMaxPool3d(3, return_indices=True)", (1, 2, 5, 4, 7),
         "AdaptiveMaxPool3d-indices"),
    # ---- inside a model: the CIFAR ResNet ending ---------------------------------------------------
    case(
        "torch.nn.functional.avg_pool2d torch.nn.Linear",
        "class Net(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.linear = nn.Linear(8, 10)\n"
        "    def forward(self, x):\n"
        "        out = F.avg_pool2d(x, 4)\n"
        "        out = out.view(out.size(0), -1)\n"
        "        return self.linear(out)\n"
        "model = Net()",
        (2, 8, 4, 4), "cifar-resnet-ending",
    ),
]

FUNCTION_CASES = [
    case("torch.nn.functional.avg_pool2d", "def f(x):\n    return F.avg_pool2d(x, 4)", (1, 8, 4, 4), "avg_pool2d-map-equals-kernel"),
    case("torch.nn.functional.avg_pool2d", "def f(x):\n    return F.avg_pool2d(x, x.size(2))", (2, 3, 5, 5),
         "avg_pool2d-kernel-from-size"),
    case("torch.nn.functional.avg_pool2d", "def f(x):\n    return F.avg_pool2d(x, 2, None, 1, True, False)", (2, 3, 5, 5),
         "avg_pool2d-ceil-rule-exclude-pad"),
    case("torch.nn.functional.avg_pool2d", "def f(x):\n    return F.avg_pool2d(x, 3, 1, 1, divisor_override=2)", (2, 3, 2, 2),
         "avg_pool2d-divisor-small-map"),
    case("torch.nn.functional.max_pool2d", "def f(x):\n    return F.max_pool2d(x, 3, 1, 1)", (2, 3, 1, 1), "max_pool2d-1x1-padded"),
    case("torch.nn.functional.max_pool2d", "def f(x):\n    return F.max_pool2d(x, kernel_size=2, stride=2, padding=1, ceil_mode=True)",
         (2, 3, 5, 5), "max_pool2d-ceil-rule"),
    case("torch.nn.functional.max_pool2d", "def f(x):\n    return F.max_pool2d(x, 3, 2, 0, 2)", (2, 3, 9, 8), "max_pool2d-dilation"),
    case("torch.nn.functional.max_pool2d", "def f(x):\n    return F.max_pool2d(x, 2, return_indices=True)", (2, 3, 5, 4),
         "max_pool2d-indices"),
    case("torch.nn.functional.max_pool2d_with_indices", "def f(x):\n    return F.max_pool2d_with_indices(x, 3, 2, 1)",
         (2, 3, 6, 6), "max_pool2d_with_indices"),
    case("torch.nn.functional.max_pool1d", "def f(x):\n    return F.max_pool1d(x, 3, 2, 1, return_indices=True)",
         (2, 3, 3), "max_pool1d-indices-small-map"),
    case("torch.nn.functional.max_pool1d_with_indices", "def f(x):\n    return F.max_pool1d_with_indices(x, 2, 2, 1, 1, True)",
         (2, 3, 5), "max_pool1d_with_indices-ceil-rule"),
    case("torch.nn.functional.max_pool3d", "def f(x):\n    return F.max_pool3d(x, 2, return_indices=True)", (1, 2, 2, 3, 4),
         "max_pool3d-indices-map-equals-kernel"),
    case("torch.nn.functional.max_pool3d_with_indices", "def f(x):\n    return F.max_pool3d_with_indices(x, 2, 1, 0, 2)",
         (1, 2, 4, 4, 5), "max_pool3d_with_indices-dilation"),
    case("torch.nn.functional.avg_pool1d", "def f(x):\n    return F.avg_pool1d(x, 3, 2, 1, True, False)", (2, 3, 6),
         "avg_pool1d-ceil-exclude-pad"),
    case("torch.nn.functional.avg_pool3d", "def f(x):\n    return F.avg_pool3d(x, 3, None, 1, count_include_pad=False)",
         (1, 2, 3, 3, 3), "avg_pool3d-map-equals-kernel-exclude-pad"),
    case("torch.nn.functional.lp_pool3d", "def f(x):\n    return F.lp_pool3d(x.abs() + 0.1, 2, 2)", (1, 2, 4, 4, 4), "lp_pool3d"),
    case("torch.nn.functional.lp_pool2d", "def f(x):\n    return F.lp_pool2d(x.abs() + 0.1, 2, 4)", (2, 3, 4, 4),
         "lp_pool2d-map-equals-kernel"),
    case("torch.nn.functional.adaptive_avg_pool2d", "def f(x):\n    return F.adaptive_avg_pool2d(x, (7, 7))", (2, 3, 10, 10),
         "adaptive_avg_pool2d-10-to-7"),
    case("torch.nn.functional.adaptive_avg_pool1d", "def f(x):\n    return F.adaptive_avg_pool1d(x, 7)", (2, 3, 10),
         "adaptive_avg_pool1d-10-to-7"),
    case("torch.nn.functional.adaptive_avg_pool3d", "def f(x):\n    return F.adaptive_avg_pool3d(x, (None, 7, 2))", (1, 2, 3, 10, 5),
         "adaptive_avg_pool3d-10-to-7"),
    case("torch.nn.functional.adaptive_max_pool2d", "def f(x):\n    return F.adaptive_max_pool2d(x, 7, return_indices=True)",
         (2, 3, 10, 10), "adaptive_max_pool2d-indices"),
    case("torch.nn.functional.adaptive_max_pool1d", "def f(x):\n    return F.adaptive_max_pool1d(x, 7, True)", (2, 3, 10),
         "adaptive_max_pool1d-indices"),
    case("torch.nn.functional.adaptive_max_pool3d", "def f(x):\n    return F.adaptive_max_pool3d(x, (2, 7, 1))", (1, 2, 3, 10, 4),
         "adaptive_max_pool3d-10-to-7"),
    case("torch.nn.functional.adaptive_max_pool1d_with_indices",
         "def f(x):\n    return F.adaptive_max_pool1d_with_indices(x, 4)", (2, 3, 10), "adaptive_max_pool1d_with_indices"),
    case("torch.nn.functional.adaptive_max_pool2d_with_indices",
         "def f(x):\n    return F.adaptive_max_pool2d_with_indices(x, (7, 4))", (2, 3, 10, 9), "adaptive_max_pool2d_with_indices"),
    case("torch.nn.functional.adaptive_max_pool3d_with_indices",
         "def f(x):\n    return F.adaptive_max_pool3d_with_indices(x, 3)", (1, 2, 5, 4, 7), "adaptive_max_pool3d_with_indices"),
    # ---- F.max_unpool*: the indices of the converted max pools (int64, per input plane) ------------
    case("torch.nn.functional.max_unpool1d torch.nn.functional.max_pool1d",
         "def f(x):\n    y, i = F.max_pool1d(x, 2, return_indices=True)\n    return F.max_unpool1d(y, i, 2)", (2, 3, 8),
         "max_unpool1d"),
    case("torch.nn.functional.max_unpool2d torch.nn.functional.max_pool2d",
         "def f(x):\n    y, i = F.max_pool2d(x, 3, 2, 1, return_indices=True)\n"
         "    return F.max_unpool2d(y, i, 3, 2, 1, output_size=x.size())", (2, 3, 5, 5), "max_unpool2d-odd-map"),
    case("torch.nn.functional.max_unpool3d torch.nn.functional.max_pool3d",
         "def f(x):\n    y, i = F.max_pool3d(x, 2, return_indices=True)\n    return F.max_unpool3d(y, i, kernel_size=2)",
         (1, 2, 2, 4, 4), "max_unpool3d"),
    # ---- the torch.* functions F's pooling calls -----------------------------------------------------
    case("torch.nn.functional.max_pool2d", "def f(x):\n    return torch.max_pool2d(x, 2)", (2, 3, 2, 2), "torch.max_pool2d"),
    case("torch.nn.functional.max_pool1d", "def f(x):\n    return torch.max_pool1d(x, 4)", (2, 3, 4), "torch.max_pool1d"),
    case("torch.nn.functional.max_pool3d", "def f(x):\n    return torch.max_pool3d(x, 2, 2, 1, 1, True)", (1, 2, 3, 5, 5),
         "torch.max_pool3d"),
    case("torch.nn.functional.max_pool1d_with_indices", "def f(x):\n    return torch.max_pool1d_with_indices(x, 3, 2, 1)",
         (2, 3, 7), "torch.max_pool1d_with_indices"),
    case("torch.nn.functional.avg_pool1d", "def f(x):\n    return torch.avg_pool1d(x, 3, 2, 1, True, False)", (2, 3, 6),
         "torch.avg_pool1d"),
    case("torch.nn.functional.adaptive_avg_pool1d", "def f(x):\n    return torch.adaptive_avg_pool1d(x, 7)", (2, 3, 10),
         "torch.adaptive_avg_pool1d"),
    case("torch.nn.functional.adaptive_max_pool1d_with_indices",
         "def f(x):\n    return torch.adaptive_max_pool1d(x, 7)", (2, 3, 10), "torch.adaptive_max_pool1d"),
    # the gradient flows to PyTorch's inputs (training through a pool on a map no larger than the kernel)
    case("torch.nn.functional.avg_pool2d torch.nn.functional.max_pool2d",
         "class Net(nn.Module):\n"
         "    def __init__(self):\n"
         "        super().__init__()\n"
         "        self.w = nn.Parameter(torch.linspace(0.5, 2.0, 16).view(1, 1, 4, 4))\n"
         "    def forward(self, x):\n"
         "        return F.avg_pool2d(x * self.w, 4) + F.max_pool2d(x * self.w, 4)\n"
         "net = Net()\n"
         "def f(x):\n"
         "    (net(x) * torch.arange(3.0).view(1, 3, 1, 1)).sum().backward()\n"
         "    return net.w.grad",
         (2, 3, 4, 4), "pool-gradients-map-equals-kernel"),
    # tied maxima (rounded inputs): PyTorch gives a window's gradient to its first maximum only
    tie_case("torch.nn.functional.max_pool1d", "F.max_pool1d(y.flatten(2), 3, 2, 1)", "max_pool1d-gradient-ties"),
    tie_case("torch.nn.functional.max_pool2d", "F.max_pool2d(y, 5)", "max_pool2d-map-equals-kernel-gradient-ties"),
    tie_case("torch.nn.functional.max_pool2d", "F.max_pool2d(y, 2, 1, dilation=2)", "max_pool2d-dilated-gradient-ties"),
    tie_case("torch.nn.functional.max_pool3d", "F.max_pool3d(y.unsqueeze(1), (2, 2, 2), 1)", "max_pool3d-gradient-ties"),
    tie_case("torch.nn.functional.adaptive_max_pool2d", "F.adaptive_max_pool2d(y, 1)", "adaptive_max_pool2d-global-gradient-ties"),
    tie_case("torch.nn.functional.adaptive_max_pool2d", "F.adaptive_max_pool2d(y, 3)", "adaptive_max_pool2d-bins-gradient-ties"),
    tie_case("torch.nn.functional.adaptive_max_pool1d", "F.adaptive_max_pool1d(y.flatten(2), 5)", "adaptive_max_pool1d-gradient-ties"),
    tie_case("torch.nn.AdaptiveMaxPool2d", "nn.AdaptiveMaxPool2d((1, 2))(y)", "AdaptiveMaxPool2d-gradient-ties"),
    tie_case("torch.nn.MaxPool1d", "nn.MaxPool1d(4)(y.flatten(2))", "MaxPool1d-gradient-ties"),
]


@pytest.mark.parametrize("covers, code, spec", MODULE_CASES)
def test_pooling_layer_at_its_edge(torch, jittor, covers, code, spec):
    both = run_both(code, [spec], entry="model")
    assert_same(both.expected, both.actual, 1e-5, 1e-4)


@pytest.mark.parametrize("covers, code, spec", FUNCTION_CASES)
def test_pooling_function_at_its_edge(torch, jittor, covers, code, spec):
    both = run_both(code, [spec])
    assert_same(both.expected, both.actual, 1e-5, 1e-4)


# PaConvert's call shapes for the entries these edge cases prove first (the others have theirs from
# ENTRY_CASES and LAYER_CASES below).
_NEW = ("_with_indices", "lp_pool3d", "max_unpool1d", "max_unpool2d", "max_unpool3d")
CALL_SHAPE_CASES = shape_cases([pytest.param(p.values[0][0], p.values[1], p.values[2], id=p.id) for p in FUNCTION_CASES
                                if p.values[0][0].endswith(_NEW) and not p.id.startswith("torch.")])


@pytest.mark.parametrize("key, code, spec", CALL_SHAPE_CASES)
def test_pooling_call_shape(torch, jittor, key, code, spec):
    check_call_shape(code, [spec], 1e-5, 1e-4, covers=[key])


ENTRY_CASES = [
    entry_case("F.max_pool1d", "def f(x): return F.max_pool1d(x, 3)", "f2,3,11"),
    entry_case("F.max_pool1d", "def f(x): return F.max_pool1d(x, 3, 2, 1)", "f2,3,11"),
    entry_case("F.max_pool1d", "def f(x): return F.max_pool1d(x, 3, stride=2, ceil_mode=True, dilation=2)", "f2,3,12"),
    entry_case("F.max_pool1d", "def f(x): return F.max_pool1d(x, 2, return_indices=False)", "f2,3,8"),
    entry_case("F.max_pool3d", "def f(x): return F.max_pool3d(x, 2)", "f1,2,6,6,6"),
    entry_case("F.max_pool3d", "def f(x): return F.max_pool3d(x, (3, 2, 3), stride=2, padding=1)", "f1,2,7,6,7"),
    entry_case("F.max_pool3d", "def f(x): return F.max_pool3d(x, 3, 2, 0, 1, True)", "f1,2,8,8,8"),
    entry_case("F.avg_pool1d", "def f(x): return F.avg_pool1d(x, 3)", "f2,3,11"),
    entry_case("F.avg_pool1d", "def f(x): return F.avg_pool1d(x, 3, 2, 1)", "f2,3,11"),
    entry_case("F.avg_pool1d", "def f(x): return F.avg_pool1d(x, 3, 2, 1, count_include_pad=False)", "f2,3,11"),
    entry_case("F.avg_pool1d", "def f(x): return F.avg_pool1d(x, 4, 3, 1, True, False)", "f2,3,12"),
    entry_case("F.avg_pool1d", "def f(x): return F.avg_pool1d(x, 4, 3, 1, ceil_mode=True)", "f2,3,12"),
    entry_case("F.avg_pool3d", "def f(x): return F.avg_pool3d(x, 2)", "f1,2,6,6,6"),
    entry_case("F.avg_pool3d", "def f(x): return F.avg_pool3d(x, 3, 2, 1, count_include_pad=False)", "f1,2,7,6,7"),
    entry_case("F.avg_pool3d", "def f(x): return F.avg_pool3d(x, (2, 3, 2), divisor_override=5)", "f1,2,6,6,6"),
    entry_case("F.avg_pool3d", "def f(x): return F.avg_pool3d(x, 3, 2, 1, ceil_mode=True)", "f1,2,8,7,8"),
    entry_case("F.lp_pool1d", "def f(x): return F.lp_pool1d(x, 2, 3)", "f2,3,10"),
    entry_case("F.lp_pool1d", "def f(x): return F.lp_pool1d(x, 3.0, 2, stride=1)", "p2,3,10", atol=1e-4, rtol=1e-4),
    entry_case("F.lp_pool2d", "def f(x): return F.lp_pool2d(x, 2, 2)", "f2,3,6,6"),
    entry_case("F.lp_pool2d", "def f(x): return F.lp_pool2d(x, 1, (3, 2), stride=2, ceil_mode=True)", "p2,3,7,7"),
    entry_case("F.adaptive_avg_pool1d", "def f(x): return F.adaptive_avg_pool1d(x, 4)", "f2,3,11"),
    entry_case("F.adaptive_avg_pool1d", "def f(x): return F.adaptive_avg_pool1d(x, output_size=1)", "f2,3,11"),
    entry_case("F.adaptive_avg_pool2d", "def f(x): return F.adaptive_avg_pool2d(x, (3, 5))", "f2,3,8,7"),
    entry_case("F.adaptive_avg_pool2d", "def f(x): return F.adaptive_avg_pool2d(x, 1)", "f2,3,8,7"),
    entry_case("F.adaptive_avg_pool2d", "def f(x): return F.adaptive_avg_pool2d(x, (None, 3))", "f2,3,8,7"),
    entry_case("F.adaptive_avg_pool3d", "def f(x): return F.adaptive_avg_pool3d(x, (2, 3, 4))", "f1,2,5,7,6"),
    entry_case("F.adaptive_max_pool1d", "def f(x): return F.adaptive_max_pool1d(x, 4)", "f2,3,11"),
    entry_case("F.adaptive_max_pool2d", "def f(x): return F.adaptive_max_pool2d(x, (3, 5))", "f2,3,8,7"),
    entry_case("F.adaptive_max_pool2d", "def f(x): return F.adaptive_max_pool2d(x, 1, return_indices=False)", "f2,3,8,7"),
    entry_case("F.adaptive_max_pool3d", "def f(x): return F.adaptive_max_pool3d(x, 2)", "f1,2,5,7,6"),
    entry_case(
        "torch.nn.functional.max_pool2d",
        "def f(x):\n    return F.max_pool2d(x, 3, 2, 1)",
        "f2,3,8,8",
        rtol=1e-4,
    ),
    entry_case(
        "torch.nn.functional.avg_pool2d",
        "def f(x):\n    return F.avg_pool2d(x, kernel_size=2)",
        "f2,3,8,8",
        rtol=1e-4,
    ),
    entry_case(
        "torch.nn.functional.avg_pool2d",
        "def f(x):\n    return F.avg_pool2d(x, 3, 1, 1, count_include_pad=False)",
        "f2,3,8,8",
        rtol=1e-4,
        id="avg_pool2d-exclude-pad",
    ),
    entry_case(
        "torch.nn.functional.avg_pool2d",
        "def f(x):\n    return F.avg_pool2d(x, 3, 2, 1, ceil_mode=True)",
        'f2,3,8,7',
        rtol=1e-4,
        id="avg_pool2d-ceil-padded",
    ),
    entry_case(
        "torch.nn.functional.avg_pool2d",
        "def f(x):\n    return F.avg_pool2d(x, 2, divisor_override=5)",
        "f2,3,8,8",
        rtol=1e-4,
        id="avg_pool2d-divisor",
    ),
    # fractional max pooling with its `_random_samples` given: PyTorch's windows exactly, indices int64
    entry_case("F.fractional_max_pool2d", "def f(x, s): return F.fractional_max_pool2d(x, 2, output_size=4, "
               "_random_samples=s)", "f2,3,9,8", "u2,3,2:0,1"),
    entry_case("F.fractional_max_pool2d", "def f(x, s): return F.fractional_max_pool2d(x, (3, 2), output_size=(3, 5), "
               "return_indices=True, _random_samples=s)", "f2,3,9,8", "u2,3,2:0,1", id="fractional_max_pool2d-indices"),
    entry_case("F.fractional_max_pool2d", "def f(x, s): return F.fractional_max_pool2d(x, 2, output_ratio=(0.5, 0.5), "
               "return_indices=True, _random_samples=s)", "f3,10,7", "u1,3,2:0,1", id="fractional_max_pool2d-unbatched-ratio"),
    entry_case("F.fractional_max_pool2d", "def f(x, s): return F.fractional_max_pool2d(x, 2, 3, None, True, s)", "d1,2,7,7",
               "d1,2,2", id="fractional_max_pool2d-positional-float64"),
    entry_case("F.fractional_max_pool2d", "def f(x, s): return F.fractional_max_pool2d(x, 2, output_size=(4, 4), "
               "return_indices=True, _random_samples=s)", "z1,1,6,6", "u1,1,2:0,1", id="fractional_max_pool2d-nan"),
    # without samples the windows are random, except when they must tile the input one step apart
    entry_case("F.fractional_max_pool2d", "def f(x): return F.fractional_max_pool2d(x, 2, output_size=(5, 6), "
               "return_indices=True)", "f2,3,6,7", id="fractional_max_pool2d-drawn-stride-one"),
    entry_case("F.fractional_max_pool2d", "def f(x): return F.fractional_max_pool2d(x, 3, output_ratio=(0.5, 0.6)).shape",
               "f2,3,11,10", id="fractional_max_pool2d-drawn-shape"),
    entry_case("F.fractional_max_pool3d", "def f(x, s): return F.fractional_max_pool3d(x, 2, output_size=(3, 2, 4), "
               "return_indices=True, _random_samples=s)", "f2,2,7,5,9", "u2,2,3:0,1"),
    entry_case("F.fractional_max_pool3d", "def f(x, s): return F.fractional_max_pool3d(x, (2, 3, 2), output_ratio=0.5, "
               "_random_samples=s)", "f2,8,9,6", "u1,2,3:0,1", id="fractional_max_pool3d-unbatched-ratio"),
    entry_case("torch.nn.FractionalMaxPool2d", "def f(x, s): return nn.FractionalMaxPool2d(3, output_size=(4, 3), "
               "return_indices=True, _random_samples=s)(x)", "f2,3,9,8", "u2,3,2:0,1"),
    entry_case("torch.nn.FractionalMaxPool2d", "def f(x): return nn.FractionalMaxPool2d(2, output_ratio=0.5)(x).shape",
               "f2,3,9,8", id="FractionalMaxPool2d-drawn"),
    entry_case("torch.nn.FractionalMaxPool3d", "def f(x, s): return nn.FractionalMaxPool3d(2, output_size=3, "
               "_random_samples=s)(x)", "f2,3,6,5,7", "u2,3,3:0,1"),
    # gradients reach the chosen element of each window
    entry_case("F.fractional_max_pool2d", "def f(x, s):\n    x.requires_grad_()\n"
               "    y = F.fractional_max_pool2d(x, 2, output_size=4, _random_samples=s)\n"
               "    return torch.autograd.grad((y * y).sum(), x)", "f2,3,9,8", "u2,3,2:0,1",
               id="fractional_max_pool2d-grad"),
]


LAYER_CASES = [
    layer_case("MaxPool1d", "model = nn.MaxPool1d(3, stride=2, padding=1)", D1),
    layer_case("MaxPool1d", "model = nn.MaxPool1d(2)", (Fl(3, 9),), id="MaxPool1d-unbatched"),
    layer_case("MaxPool1d", "model = nn.MaxPool1d(3, 3, 1, ceil_mode=True)", (Fl(2, 3, 5),), id="MaxPool1d-ceil-rule"),
    layer_case("MaxPool1d", "model = nn.MaxPool1d(2, 1, 0, 3, True, False)", (Fl(2, 3, 9),), id="MaxPool1d-indices-dilation"),
    layer_case("MaxPool3d", "model = nn.MaxPool3d(2)", D3),
    layer_case("MaxPool3d", "model = nn.MaxPool3d((1, 3, 3), stride=(1, 2, 2), padding=(0, 1, 1), ceil_mode=True)", D3,
               id="MaxPool3d-ceil"),
    layer_case("MaxPool3d", "model = nn.MaxPool3d(2, dilation=2, return_indices=True)", D3, id="MaxPool3d-indices"),
    layer_case("AvgPool1d", "model = nn.AvgPool1d(3, stride=2, padding=1)", D1),
    layer_case("AvgPool1d", "model = nn.AvgPool1d(3, 2, 1, True, False)", D1, id="AvgPool1d-ceil-no-pad-count"),
    layer_case("AvgPool3d", "model = nn.AvgPool3d(2)", D3),
    layer_case("AvgPool3d", "model = nn.AvgPool3d(3, 2, 1, ceil_mode=True, count_include_pad=True)", D3,
               id="AvgPool3d-ceil"),
    layer_case("AvgPool3d", "model = nn.AvgPool3d((1, 2, 3), padding=(0, 1, 1), count_include_pad=False)", D3,
               id="AvgPool3d-count_include_pad"),
    layer_case("AvgPool3d", "model = nn.AvgPool3d(2, divisor_override=3)", D3, id="AvgPool3d-divisor"),
    layer_case("AdaptiveAvgPool1d", "model = nn.AdaptiveAvgPool1d(3)", D1),
    layer_case("AdaptiveAvgPool1d", "model = nn.AdaptiveAvgPool1d(output_size=4)", (Fl(3, 8),), id="AdaptiveAvgPool1d-even"),
    layer_case("AdaptiveAvgPool3d", "model = nn.AdaptiveAvgPool3d((2, None, 4))", D3),
    layer_case("AdaptiveAvgPool3d", "model = nn.AdaptiveAvgPool3d(1)", D3, id="AdaptiveAvgPool3d-global"),
    layer_case("AdaptiveMaxPool1d", "model = nn.AdaptiveMaxPool1d(3)", D1),
    layer_case("AdaptiveMaxPool1d", "model = nn.AdaptiveMaxPool1d(5, return_indices=True)", D1,
               id="AdaptiveMaxPool1d-indices"),
    layer_case("AdaptiveMaxPool3d", "model = nn.AdaptiveMaxPool3d((3, 2, None))", D3),
    layer_case("AdaptiveMaxPool3d", "model = nn.AdaptiveMaxPool3d(2, True)", D3, id="AdaptiveMaxPool3d-indices"),
    layer_case("LPPool1d", "model = nn.LPPool1d(2, 3, stride=2)", D1),
    layer_case("LPPool1d", "model = nn.LPPool1d(1.5, 2, ceil_mode=True)", (U(0.1, 2, 2, 3, 7),), id="LPPool1d-ceil"),
    layer_case("LPPool2d", "model = nn.LPPool2d(2, 3, stride=2)", D2),
    layer_case("LPPool2d", "model = nn.LPPool2d(3, (2, 3))", (U(0.1, 2, 2, 3, 6, 6),), id="LPPool2d-tuple"),
    layer_case("LPPool3d", "model = nn.LPPool3d(2, 2)", D3),
    layer_case("MaxUnpool1d", net("self.pool = nn.MaxPool1d(2, return_indices=True)\nself.unpool = nn.MaxUnpool1d(2)",
                            "y, i = self.pool(x)\nreturn self.unpool(y, i)"), D1),
    layer_case("MaxUnpool2d MaxPool2d", net("self.pool = nn.MaxPool2d(3, 2, 1, return_indices=True)\n"
                                      "self.unpool = nn.MaxUnpool2d(3, stride=2, padding=1)",
                                      "y, i = self.pool(x)\nreturn self.unpool(y, i, output_size=x.size())"),
               (Fl(2, 3, 8, 8),), id="MaxUnpool2d"),
    layer_case("MaxUnpool3d", net("self.pool = nn.MaxPool3d(2, return_indices=True)\nself.unpool = nn.MaxUnpool3d(2)",
                            "y, i = self.pool(x)\nreturn self.unpool(y, i)"), (Fl(2, 3, 4, 6, 4),)),
    layer_case("torch.nn.MaxPool2d", "model = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)", D2),
    layer_case("torch.nn.MaxPool2d", "model = nn.MaxPool2d(2)", D2, id="MaxPool2d-default-stride"),
    layer_case("torch.nn.MaxPool2d", "model = nn.MaxPool2d(3, 2, ceil_mode=True)", D2, id="MaxPool2d-ceil_mode"),
    layer_case("AvgPool2d", "model = nn.AvgPool2d(2, stride=2)", D2),
    layer_case("AvgPool2d", "model = nn.AvgPool2d(3, 2, 1, False, True)", D2, id="AvgPool2d-positional"),
    # Jittor's own Pool differs for these: the rule sends them to the helper's exact AvgPool2d
    layer_case("AvgPool2d", "model = nn.AvgPool2d(3, 1, 1, count_include_pad=False)", D2, id="AvgPool2d-exclude-pad"),
    layer_case("AvgPool2d", "model = nn.AvgPool2d(3, 2, 1, True)", (Fl(2, 3, 8, 7),), id="AvgPool2d-ceil-padded"),
    layer_case(
        "AvgPool2d",
        "model = nn.AvgPool2d(3, 2, 1, True, False)",
        (Fl(2, 3, 7, 8),),
        id="AvgPool2d-ceil-exclude",
    ),
    layer_case("AvgPool2d", "model = nn.AvgPool2d(2, divisor_override=3)", D2, id="AvgPool2d-divisor"),
    layer_case("torch.nn.AdaptiveAvgPool2d", "model = nn.AdaptiveAvgPool2d((1, 1))", D2),
    layer_case("torch.nn.AdaptiveMaxPool2d", "model = nn.AdaptiveMaxPool2d(2)", D2),
]


INVALID_ARGUMENTS = [
    ("def f(x): return F.fractional_max_pool2d(x, 2)", ("f1,2,6,6",)),
    ("def f(x, s): return F.fractional_max_pool2d(x, 4, output_size=5, _random_samples=s)", ("f1,2,6,6", "u1,2,2")),
    ("def f(x): return nn.FractionalMaxPool2d(2, output_ratio=1.5)(x)", ("f1,2,6,6",)),
    ("def f(x): return F.fractional_max_pool2d(x, 2, output_ratio=0.5)", ("f1,2,6,6",)),
    ("def f(x): return nn.FractionalMaxPool3d(2, output_size=2, output_ratio=0.5)(x)", ("f1,2,6,6,6",)),
    ("def f(x): return F.max_pool1d(x, 3, padding=2)", ("f2,3,11",)),
    ("def f(x): return F.avg_pool3d(x, 2, padding=2)", ("f1,2,6,6,6",)),
    ("def f(x): return F.max_pool1d(x, 5)", ("f1,2,3",)),
    ("def f(x): return F.adaptive_max_pool1d(x, 2)", ("f2,3,4,5",)),
    ("model = nn.MaxPool1d(3, padding=2)", D1),
    ("model = nn.MaxPool3d(2, padding=2)", D3),
    ("model = nn.AvgPool1d(4, padding=3)", D1),
    ("model = nn.AvgPool3d(2, padding=2)", D3),
    ("model = nn.MaxPool1d(9)", D1),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)
test_layer_entry, test_layer_call_shape = layer_tests(LAYER_CASES)
test_invalid_arguments_raise_as_in_pytorch = error_tests(INVALID_ARGUMENTS)


COVERED = {c for p in MODULE_CASES + FUNCTION_CASES for c in p.values[0]} | covered(ENTRY_CASES, LAYER_CASES)  # see tests/test_coverage.py


def test_avg_pool1d_keeps_one_tuples(torch, jittor):
    """PyTorch's AvgPool1d stores kernel_size, stride and padding as 1-tuples (`(2,)`); MaxPool1d
    and the 2-d/3-d layers keep what they were given."""
    code = ("def f(x):\n"
            "    avg = nn.AvgPool1d(3, padding=1)\n"
            "    mx = nn.MaxPool1d(2)\n"
            "    avg2 = nn.AvgPool2d(2, stride=1)\n"
            "    return (avg.kernel_size, avg.stride, avg.padding, mx.kernel_size, mx.stride, avg2.kernel_size,\n"
            "            avg2.stride, avg(x), mx(x))\n")
    both = run_both(code, ["f2,3,8"])
    assert_same(both.expected, both.actual)
