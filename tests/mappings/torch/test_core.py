"""torch.Tensor(...) and the typed legacy constructors (torch.FloatTensor, torch.LongTensor, ...,
torch.cuda.*), proven by running both: sizes give a tensor of that size (uninitialised in
PyTorch: only shape and dtype compared), data a copy cast to the type's dtype; in isinstance(),
torch.LongTensor & co. check the dtype."""
import pytest
from parity import assert_same, run_both

from torch2jittor import convert_source

pytestmark = pytest.mark.frameworks

TYPES = {
    "FloatTensor": "float32", "DoubleTensor": "float64", "HalfTensor": "float16", "LongTensor": "int64",
    "IntTensor": "int32", "ShortTensor": "int16", "CharTensor": "int8", "ByteTensor": "uint8", "BoolTensor": "bool",
}
COVERED = {"torch.Tensor"} | {f"{ns}.{name}" for ns in ("torch", "torch.cuda") for name in TYPES}


def test_tensor_by_sizes_and_by_data():
    code = ("def f(x: torch.Tensor):\n"
            "    a = torch.Tensor(3, 4)\n"
            "    b = torch.Tensor(x.size())\n"
            "    c = torch.Tensor()\n"
            "    return (a.shape, a.dtype == torch.float32, b.shape, c.shape, torch.Tensor([1, 2]),\n"
            "            torch.Tensor([[1.5], [2]]), torch.Tensor(x), isinstance(x, torch.Tensor))\n")
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
