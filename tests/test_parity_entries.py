"""Every built-in mapping entry, proven by running PyTorch and the converted Jittor code.

Each case is PyTorch source defining either `model` (an nn.Module: parameters are copied from
PyTorch to Jittor with load_parameters) or `f(x)` (a function of a tensor). Both run by the
harness (tests/parity.py) on the same float32 normal input of the case's shape and must agree in
value, shape, dtype and structure (assert_same). `covers` lists the entries a case proves; a test
below checks every table entry is covered. Each case also runs in PaConvert's call shapes.
"""
import pytest
from parity import assert_same, check_call_shape, run_both, shape_cases

from torch2jittor import pjmap
from torch2jittor.mappings.torch import dtypes

pytestmark = pytest.mark.frameworks


def case(covers, code, shape=(2, 3, 8, 8), id=None, atol=1e-5):
    spec = "f" + ",".join(str(n) for n in shape)
    return pytest.param(covers.split(), code, spec, atol, id=id or covers.split()[0])


MODULE_CASES = [
    case("torch.nn.Conv2d", "model = nn.Conv2d(3, 4, kernel_size=3, stride=2, padding=1, bias=False)"),
    case("torch.nn.Conv2d", "model = nn.Conv2d(3, 6, 3, 1, 2, 2, 3, padding_mode='zeros')", id="Conv2d-positional-groups"),
    case("torch.nn.ConvTranspose2d", "model = nn.ConvTranspose2d(3, 4, 3, stride=2, padding=1, output_padding=1)"),
    case("torch.nn.Linear", "model = nn.Linear(8, 5)", shape=(2, 8)),
    case("torch.nn.Linear", "model = nn.Linear(8, 5, False)", shape=(2, 8), id="Linear-no-bias"),
    case("ReLU", "model = nn.ReLU(inplace=True)"),
    case("torch.nn.ReLU6", "model = nn.ReLU6(True)"),
    case("torch.nn.LeakyReLU", "model = nn.LeakyReLU(0.2, inplace=True)"),
    case("torch.nn.Sigmoid", "model = nn.Sigmoid()"),
    case("torch.nn.Tanh", "model = nn.Tanh()"),
    case("torch.nn.Softmax", "model = nn.Softmax(dim=1)"),
    case("torch.nn.MaxPool2d", "model = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)"),
    case("torch.nn.MaxPool2d", "model = nn.MaxPool2d(2)", id="MaxPool2d-default-stride"),
    case("torch.nn.MaxPool2d", "model = nn.MaxPool2d(3, 2, ceil_mode=True)", id="MaxPool2d-ceil_mode"),
    case("AvgPool2d", "model = nn.AvgPool2d(2, stride=2)"),
    case("AvgPool2d", "model = nn.AvgPool2d(3, 2, 1, False, True)", id="AvgPool2d-positional"),
    # Jittor's own Pool differs for these: the rule sends them to the helper's exact AvgPool2d
    case("AvgPool2d", "model = nn.AvgPool2d(3, 1, 1, count_include_pad=False)", id="AvgPool2d-exclude-pad"),
    case("AvgPool2d", "model = nn.AvgPool2d(3, 2, 1, True)", shape=(2, 3, 8, 7), id="AvgPool2d-ceil-padded"),
    case("AvgPool2d", "model = nn.AvgPool2d(3, 2, 1, True, False)", shape=(2, 3, 7, 8), id="AvgPool2d-ceil-exclude"),
    case("AvgPool2d", "model = nn.AvgPool2d(2, divisor_override=3)", id="AvgPool2d-divisor"),
    case("torch.nn.AdaptiveAvgPool2d", "model = nn.AdaptiveAvgPool2d((1, 1))"),
    case("torch.nn.AdaptiveMaxPool2d", "model = nn.AdaptiveMaxPool2d(2)"),
    case("torch.nn.BatchNorm2d", "model = nn.BatchNorm2d(3, eps=1e-3, momentum=0.01)"),
    case("torch.nn.BatchNorm1d", "model = nn.BatchNorm1d(8)", shape=(4, 8)),
    case("torch.nn.GroupNorm", "model = nn.GroupNorm(2, 4)", shape=(2, 4, 5, 5)),
    case("torch.nn.Dropout", "model = nn.Dropout(0.3, inplace=True)"),
    case("torch.nn.Dropout2d", "model = nn.Dropout2d(p=0.2)"),
    case("torch.nn.Flatten", "model = nn.Flatten()"),
    case("torch.nn.Identity", "model = nn.Identity()"),
    case(
        "torch.nn.ReLU6 torch.nn.BatchNorm2d torch.nn.MaxPool2d",
        "from functools import partial\n"
        "act = nn.ReLU6\n"
        "norm = partial(nn.BatchNorm2d, eps=1e-3, momentum=0.01)\n"
        "pool = nn.MaxPool2d\n"
        "model = nn.Sequential(norm(3), act(inplace=True), pool(kernel_size=2, stride=2, dilation=1))\n"
        "assert isinstance(model[0], nn.BatchNorm2d) and isinstance(model[2], nn.MaxPool2d)",
        id="layer-classes-passed-as-values",
    ),
    case(
        "torch.nn.Sequential torch.nn.Module torch.nn.ModuleList",
        "class Net(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.blocks = nn.ModuleList([nn.Conv2d(3, 3, 1)])\n"
        "        self.blocks += [nn.ReLU()]\n"
        "        self.blocks.extend([nn.Identity()])\n"
        "        self.blocks.insert(0, nn.Identity())\n"
        "        self.head = nn.Sequential(nn.Flatten(), nn.Linear(3 * 8 * 8, 4))\n"
        "    def forward(self, x):\n"
        "        for block in self.blocks:\n"
        "            x = block(x)\n"
        "        return self.head(x)\n"
        "model = Net()",
    ),
]

FUNCTION_CASES = [
    case("torch.flatten", "def f(x):\n    return torch.flatten(x, 1)"),
    case("torch.flatten", "def f(x):\n    return torch.flatten(x, start_dim=2, end_dim=-1)", id="flatten-keywords"),
    case("torch.cat", "def f(x):\n    return torch.cat([x, x * 2], 1)"),
    case("torch.cat", "def f(x):\n    return torch.cat((x, x), dim=-1)", id="cat-negative-dim"),
    case("torch.cat", "def f(x):\n    return torch.cat(tensors=[x, x], dim=1)", id="cat-keywords"),
    case("torch.nn.functional.relu", "def f(x):\n    return F.relu(x - 0.5, inplace=False)"),
    case("torch.sigmoid", "def f(x):\n    return torch.sigmoid(x) + torch.sigmoid(input=x)"),
    case("torch.tanh", "def f(x):\n    return torch.tanh(input=x) * torch.tanh(x)"),
    case("torch.nn.functional.softmax", "def f(x):\n    return F.softmax(x, dim=1)"),
    case("torch.nn.functional.softmax", "def f(x):\n    return F.softmax(x)", id="softmax-implicit-dim"),
    case("torch.nn.functional.max_pool2d", "def f(x):\n    return F.max_pool2d(x, 3, 2, 1)"),
    case("torch.nn.functional.avg_pool2d", "def f(x):\n    return F.avg_pool2d(x, kernel_size=2)"),
    case("torch.nn.functional.avg_pool2d", "def f(x):\n    return F.avg_pool2d(x, 3, 1, 1, count_include_pad=False)", id="avg_pool2d-exclude-pad"),
    case("torch.nn.functional.avg_pool2d", "def f(x):\n    return F.avg_pool2d(x, 3, 2, 1, ceil_mode=True)", shape=(2, 3, 8, 7),
         id="avg_pool2d-ceil-padded"),
    case("torch.nn.functional.avg_pool2d", "def f(x):\n    return F.avg_pool2d(x, 2, divisor_override=5)", id="avg_pool2d-divisor"),
    case("torch.no_grad", "def f(x):\n    with torch.no_grad():\n        return x * 2"),
    case(
        "torch.Tensor torch.Tensor.size torch.Tensor.view torch.Tensor.reshape torch.Tensor.permute torch.Tensor.flatten torch.Tensor.contiguous",
        "def f(x: torch.Tensor) -> torch.Tensor:\n"
        "    n, c = x.size(0), x.size(dim=1)\n"
        "    y = x.permute(0, 2, 3, 1).contiguous()\n"
        "    y = y.reshape(n, -1, c).view(n, -1)\n"
        "    return y.flatten(1) * x.size()[1]",
    ),
    case(
        "torch.Tensor.cuda torch.Tensor.cpu torch.Tensor.to torch.float16 torch.float64 torch.float32",
        "def f(x: torch.Tensor):\n"
        "    device = 'cpu'\n"
        "    return x.cpu().to(device).to(torch.float64).to(torch.float32) + x.to(torch.float16).to(torch.float32)",
        atol=1e-3,
    ),
]

DTYPE_KEYS = {k for k, v in dtypes.ENTRIES.items() if v["jittor"]["module"] == "jt"}  # torch.float32, ...


@pytest.mark.parametrize("covers, code, spec, atol", MODULE_CASES)
def test_module_entry(torch, jittor, covers, code, spec, atol):
    both = run_both(code, [spec], entry="model")
    assert_same(both.expected, both.actual, atol, 1e-4)


@pytest.mark.parametrize("covers, code, spec, atol", FUNCTION_CASES)
def test_function_entry(torch, jittor, covers, code, spec, atol):
    both = run_both(code, [spec])
    assert_same(both.expected, both.actual, atol, 1e-4)


BROKEN_CALL_SHAPES = {
    "torch.nn.Sequential-ModuleList-keyword": "nn.ModuleList(modules=[...]): Jittor's ModuleList (a Sequential) takes no "
                                     "'modules' keyword",
}

CALL_SHAPE_CASES = shape_cases([pytest.param(*p.values, "model", id=p.id) for p in MODULE_CASES]
                               + [pytest.param(*p.values, "f", id=p.id) for p in FUNCTION_CASES],
                               broken=BROKEN_CALL_SHAPES)


@pytest.mark.parametrize("key, code, spec, atol, entry", CALL_SHAPE_CASES)
def test_entry_call_shape(torch, jittor, key, code, spec, atol, entry):
    check_call_shape(code, [spec], atol, 1e-4, entry=entry, covers=[key])


def test_every_dtype_entry_names_a_jittor_dtype(jittor):
    for key in DTYPE_KEYS:
        name = pjmap[key]["jittor"]["name"]
        assert jittor.ones(2).astype(getattr(jittor, name)).dtype == name, key


COVERED = {c for p in MODULE_CASES + FUNCTION_CASES for c in p.values[0]} | DTYPE_KEYS  # see test_coverage.py
