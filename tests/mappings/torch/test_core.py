"""torch.Tensor(...) and the typed legacy constructors (torch.FloatTensor, torch.LongTensor, ...,
torch.cuda.*), proven by running both: sizes give a tensor of that size (uninitialised in
PyTorch: only shape and dtype compared), data a copy cast to the type's dtype; in isinstance(),
torch.LongTensor & co. check the dtype."""
import pytest
from parity import assert_converts, assert_same, covered, entry_case, entry_tests, run_both

from torch2jittor import convert_source

pytestmark = pytest.mark.frameworks

TYPES = {
    "FloatTensor": "float32", "DoubleTensor": "float64", "HalfTensor": "float16", "LongTensor": "int64",
    "IntTensor": "int32", "ShortTensor": "int16", "CharTensor": "int8", "ByteTensor": "uint8", "BoolTensor": "bool",
}
ENTRY_CASES = [
    entry_case("torch.numel", "def f(x): return torch.numel(x)", "f3,4,5"),
    entry_case("torch.is_complex torch.is_signed torch.is_nonzero torch.is_same_size",
               "def f(x, y): return (torch.is_complex(x), torch.is_signed(x), torch.is_signed(y > 0), torch.is_nonzero(x[:1]),\n"
               "                     torch.is_same_size(x, y), torch.is_same_size(x, x))", "f3", "n3,1"),
    entry_case("torch.conj torch.resolve_conj torch.resolve_neg torch.conj_physical",
               "def f(x): return torch.conj(x), torch.resolve_conj(x), torch.resolve_neg(x), torch.conj_physical(x)", "f3,4"),
    entry_case("torch.angle", "def f(x): return torch.angle(x)", "z3,4"),
    entry_case("torch.is_conj torch.is_neg torch.isreal torch.Tensor.is_conj torch.Tensor.is_neg torch.Tensor.isreal",
               "def f(x: torch.Tensor):\n"
               "    return torch.is_conj(x), torch.is_neg(x), torch.isreal(x), x.is_conj(), x.is_neg(), x.isreal()",
               "f3,4"),
    entry_case("torch.fill torch.zero_",
               "def f(x, n):\n"
               "    a, b = torch.fill(x, 3), torch.fill(n, 2.7)\n"
               "    c = torch.fill(x, torch.tensor(1.5))\n"
               "    z = n.clone()\n    r = torch.zero_(z)\n"
               "    return a, b, c, z, r is z", "f3,4", "n3,4"),
    entry_case("torch.set_num_threads torch.get_num_threads "
               "torch.use_deterministic_algorithms torch.are_deterministic_algorithms_enabled "
               "torch.is_deterministic_algorithms_warn_only_enabled torch.set_float32_matmul_precision "
               "torch.get_float32_matmul_precision",
               "def f(x):\n"
               "    threads, precision = torch.get_num_threads(), torch.get_float32_matmul_precision()\n"
               "    torch.set_num_threads(1)\n"
               "    torch.use_deterministic_algorithms(True, warn_only=True)\n"
               "    torch.set_float32_matmul_precision('high')\n"
               "    got = (torch.get_num_threads(), torch.are_deterministic_algorithms_enabled(),\n"
               "           torch.is_deterministic_algorithms_warn_only_enabled(), torch.get_float32_matmul_precision())\n"
               "    torch.set_num_threads(threads)\n"
               "    torch.use_deterministic_algorithms(False)\n"
               "    torch.set_float32_matmul_precision(precision)\n"
               "    return got + (torch.are_deterministic_algorithms_enabled(), precision)", "f1"),
    entry_case("torch.angle", "def f(x): return torch.angle(x)", "n3,4", id="angle-int"),
    entry_case("torch.get_device torch.is_inference",
               "def f(x): return torch.get_device(x), torch.is_inference(x), torch.is_inference(x * 2)", "f3"),
    entry_case(
        "torch.Tensor torch.Tensor.size torch.Tensor.view torch.Tensor.reshape torch.Tensor.permute torch.Tensor.flatten torch.Tensor.contiguous",
        "def f(x: torch.Tensor) -> torch.Tensor:\n"
        "    n, c = x.size(0), x.size(dim=1)\n"
        "    y = x.permute(0, 2, 3, 1).contiguous()\n"
        "    y = y.reshape(n, -1, c).view(n, -1)\n"
        "    return y.flatten(1) * x.size()[1]",
        "f2,3,8,8",
        rtol=1e-4,
    ),
    entry_case("torch.is_floating_point",
               "def f(x: torch.Tensor):\n    return torch.tensor([float(torch.is_floating_point(x)), "
               "float(torch.is_floating_point(x.int()))])", "f4,5", atol=1e-6, rtol=1e-5, id="is_floating_point-int"),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)


COVERED = {"torch.Tensor"} | {f"{ns}.{name}" for ns in ("torch", "torch.cuda") for name in TYPES} | covered(ENTRY_CASES) | {"torch.set_default_dtype"}


def test_tensor_by_sizes_and_by_data():
    code = ("def f(x: torch.Tensor):\n"
            "    a = torch.Tensor(3, 4)\n"
            "    b = torch.Tensor(x.size())\n"
            "    c = torch.Tensor()\n"
            "    return (a.shape, a.dtype == torch.float32, b.shape, c.shape, torch.Tensor([1, 2]),\n"
            "            torch.Tensor([[1.5], [2]]), torch.Tensor(x), isinstance(x, torch.Tensor))\n")
    assert_same(*_both(code))


def test_tensor_class_kept_in_a_variable():
    """PyTorch-GAN's `Tensor = torch.cuda.FloatTensor if cuda else torch.Tensor`, then
    `Tensor(np.ones(shape))`: float32 in PyTorch (jt.Var would keep numpy's float64)."""
    code = ("def f(x: torch.Tensor):\n"
            "    Tensor = torch.cuda.FloatTensor if torch.cuda.is_available() else torch.Tensor\n"
            "    valid = Tensor(np.ones((2, 3)))\n"
            "    sized = Tensor(2, 3).fill_(1.0)\n"
            "    return (valid, sized, x.double().type(Tensor), isinstance(x, Tensor), isinstance(valid, torch.Tensor))\n")
    assert_same(*_both(code))


@pytest.mark.parametrize("name", sorted(TYPES))
def test_typed_constructor(name):
    code = (f"def f(x: torch.Tensor):\n"
            f"    t = torch.{name}([[1, 0], [3, 4]])\n"
            f"    s = torch.{name}(2, 3)\n"
            f"    return (t, s.shape, s.dtype == t.dtype, isinstance(t, torch.{name}),\n"
            f"            isinstance(x, torch.{name}), x.type(torch.{name}))\n")
    assert_same(*_both(code))
    # torch.cuda.* need a GPU in PyTorch; Jittor places data itself: the same conversion as torch.*
    cuda = convert_source(f"import torch\nt = torch.cuda.{name}([1, 2])\n")
    assert cuda.code == convert_source(f"import torch\nt = torch.{name}([1, 2])\n").code
    assert {c[2] for c in cuda.converted} == {f"torch.cuda.{name}"}


def _both(code):
    both = run_both(code, ["f2,3"])
    return both.expected, both.actual


def test_set_default_dtype_makes_creation_functions_give_it(torch, jittor):
    code = ("def f(x):\n"
            "    torch.set_default_dtype(torch.float64)\n"
            "    try:\n"
            "        made = (torch.tensor([1.5, 2.0]), torch.zeros(2), torch.ones(2, 3), torch.full((2,), 0.5),\n"
            "                torch.arange(0.0, 2.0, 0.5), torch.rand(3).dtype == torch.float64,\n"
            "                torch.get_default_dtype() == torch.float64, torch.tensor([1, 2]), torch.zeros(2, dtype=torch.float32))\n"
            "    finally:\n"
            "        torch.set_default_dtype(torch.float32)\n"
            "    return made + (torch.get_default_dtype() == torch.float32, torch.tensor([1.5]))\n")
    both = run_both(code, ["f1"])
    assert_same(both.expected, both.actual)
    notes = [d.message for d in convert_source("import torch\n" + code).diagnostics if d.kind == "note"]
    assert any("layers create float32 parameters" in n for n in notes)


MISC_CODE = '''
def f(x):
    dev = torch.device("cuda:1")
    size = torch.Size([2, 3, 4])
    torch._check(True, lambda: "never built")
    try:
        torch._check(1 > 2, lambda: "one is not greater than two")
    except RuntimeError as exc:
        message = str(exc)
    return (torch.pi, torch.e, torch.inf, float(torch.isnan(torch.tensor(torch.nan))),
            torch.finfo(torch.float32).eps, torch.finfo(torch.float16).max, torch.finfo().tiny,
            torch.iinfo(torch.int32).max, torch.iinfo(torch.int64).min, torch.iinfo(torch.uint8).max,
            str(dev), dev.type, dev.index, str(torch.device("cpu")), torch.device("cpu", 0).index,
            torch.device("cpu") == torch.device("cpu"), dev == torch.device("cuda", 1), repr(torch.device("cpu")),
            size.numel(), tuple(size), isinstance(size, tuple),
            torch.get_default_dtype() == torch.float32, torch.ones(2).dtype == torch.get_default_dtype(),
            torch.is_tensor(torch.ones(2)), torch.is_tensor([1.0]), isinstance(torch.float32, torch.dtype), message)
'''
MISC_KEYS = {"torch.pi", "torch.e", "torch.inf", "torch.nan", "torch.finfo", "torch.iinfo", "torch.device", "torch.dtype",
             "torch.Size", "torch.get_default_dtype", "torch.is_tensor", "torch._check"}


def test_constants_type_info_devices_and_checks(torch, jittor):
    """torch's constants, finfo/iinfo, devices, Size, the default dtype and torch._check's message: the same
    Python values in both frameworks."""
    both = run_both(MISC_CODE, ["f1"])
    assert_converts(both, MISC_KEYS)
    assert_same(both.expected, both.actual, atol=0, rtol=0)


COVERED |= MISC_KEYS


PROCESS_STATE = """
def f(x):
    torch.set_anomaly_enabled(False)  # (a test before this one may have left PyTorch's switched on)
    a0 = torch.is_anomaly_enabled()
    torch.set_anomaly_enabled(True, check_nan=False)
    a1 = (torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())
    torch.set_anomaly_enabled(False)
    w0 = torch.is_warn_always_enabled()
    torch.set_warn_always(True)
    w1 = torch.is_warn_always_enabled()
    torch.set_warn_always(False)
    torch.init_num_threads()
    torch.set_default_device('cpu')
    device = str(torch.get_default_device())
    torch.set_default_device(None)
    torch.set_default_tensor_type(torch.DoubleTensor)
    double = torch.zeros(2).dtype == torch.float64
    torch.set_default_tensor_type(torch.FloatTensor)
    return (a0, a1, torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled(), w0, w1,
            torch.get_num_interop_threads() > 0, torch.compiled_with_cxx11_abi(), torch.is_vulkan_available(),
            device, double, torch.zeros(2).dtype == torch.float32,
            torch.typename(x), torch.typename(x.double()), torch.typename(x.long()), torch.typename(3),
            torch.typename([x]), torch.is_storage(x), torch.is_storage(3))
"""
PROCESS_STATE_KEYS = [
    "torch.is_anomaly_enabled", "torch.set_anomaly_enabled", "torch.is_anomaly_check_nan_enabled",
    "torch.is_warn_always_enabled", "torch.set_warn_always", "torch.init_num_threads", "torch.set_default_device",
    "torch.get_default_device", "torch.set_default_tensor_type", "torch.get_num_interop_threads",
    "torch.compiled_with_cxx11_abi", "torch.is_vulkan_available", "torch.typename", "torch.is_storage",
]


def test_process_state_is_kept_and_read_back(torch, jittor):
    both = run_both(PROCESS_STATE, ["f3"])
    assert_converts(both, PROCESS_STATE_KEYS)
    assert both.expected == both.actual


def test_set_printoptions_sets_the_precision_values_print_with(torch, jittor):
    import numpy as np

    code = "def f(x):\n    torch.set_printoptions(precision=2)\n    s = str(x)\n    torch.set_printoptions(profile='default')\n    return s"
    try:
        both = run_both(code, [np.array([1.23456, 2.0], dtype=np.float32)])
    finally:
        np.set_printoptions(precision=8, threshold=1000, edgeitems=3, linewidth=75, suppress=False)
    assert_converts(both, ["torch.set_printoptions"])
    assert "1.23" in both.expected and "1.2346" not in both.expected
    assert "1.23" in both.actual and "1.2346" not in both.actual


COVERED |= set(PROCESS_STATE_KEYS) | {"torch.set_printoptions"}


def test_resize_as_keeps_the_elements_in_order(torch, jittor):
    both = run_both("def f(x, t):\n    r = torch.resize_as_(x, t)\n    return r is x, x", ["f6", "f3,2"])
    assert_converts(both, ["torch.resize_as_"])
    assert_same(both.expected, both.actual)


COVERED |= {"torch.resize_as_"}
