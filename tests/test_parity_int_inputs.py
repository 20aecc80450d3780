"""Integer tensors through mapped APIs whose Jittor counterparts change the dtype or reject the call
(found by tools/api_programs): an int tensor clamped by a float or raised to a float power is float32
in PyTorch (Jittor's clamp and pow give float64), torch.relu keeps an int tensor int (Jittor's relu
makes it float), Tensor.min/max take another tensor (the elementwise form), and torch.maximum & co. promote a
float32 tensor with an int64 one to float32 (Jittor: float64). Run in both
frameworks, in every call shape of PaConvert's rule, in-place variants included."""
import pytest
from parity import entry_tests

pytestmark = pytest.mark.frameworks


def case(covers, code, *inputs, atol=1e-5, rtol=1e-5, id=None):
    keys = covers.split()
    return pytest.param(keys, code, list(inputs), atol, rtol, id=id)


CASES = [
    case("torch.Tensor.clamp", "def f(x: torch.Tensor): return x.clamp(2.5)", "n3,4", id="clamp-int-float-min"),
    case("torch.Tensor.clamp", "def f(x: torch.Tensor): return x.clamp(min=-2, max=3)", "n3,4", id="clamp-int-int"),
    case("torch.Tensor.clamp", "def f(x: torch.Tensor): return x.clamp(max=0.5)", "b3,4", id="clamp-bool-float"),
    case("torch.Tensor.clamp", "def f(x: torch.Tensor, lo): return x.clamp(lo)", "n3,4", "f4", id="clamp-tensor-bound"),
    case("torch.Tensor.clamp", "def f(x: torch.Tensor): return x.clamp(-0.5, 0.5)", "f3,4", id="clamp-float"),
    case("torch.Tensor.clip", "def f(x: torch.Tensor): return x.clip(-1.5, 1.5)", "n3,4", id="clip-int-float"),
    case("torch.Tensor.clamp_min", "def f(x: torch.Tensor): return x.clamp_min(0.5)", "n3,4", id="clamp_min-int-float"),
    case("torch.Tensor.clamp_min", "def f(x: torch.Tensor): return x.clamp_min(min=0)", "f3,4", id="clamp_min-float"),
    case("torch.Tensor.clamp_max", "def f(x: torch.Tensor): return x.clamp_max(1)", "n3,4", id="clamp_max-int"),
    case("torch.Tensor.clamp_max", "def f(x: torch.Tensor): return x.clamp_max(max=0.25)", "f3,4", id="clamp_max-float"),
    case("torch.Tensor.clamp_", "def f(x: torch.Tensor):\n    x.clamp_(-1, 2)\n    return x", "n3,4", id="clamp_-int"),
    case("torch.Tensor.clamp_", "def f(x: torch.Tensor):\n    y = x.clamp_(max=0.0)\n    return x, y", "f3,4", id="clamp_-float"),
    case("torch.Tensor.clamp_min_", "def f(x: torch.Tensor):\n    x.clamp_min_(0)\n    return x", "n3,4", id="clamp_min_-int"),
    case("torch.Tensor.clamp_max_", "def f(x: torch.Tensor):\n    x.clamp_max_(0.5)\n    return x", "f3,4",
         id="clamp_max_-float"),
    case("torch.Tensor.pow", "def f(x: torch.Tensor): return x.pow(0.5)", "i3,4", id="pow-int-float"),
    case("torch.Tensor.pow", "def f(x: torch.Tensor): return x.pow(2)", "n3,4", id="pow-int-int"),
    case("torch.Tensor.pow", "def f(x: torch.Tensor): return x.pow(exponent=3)", "f3,4", id="pow-float"),
    case("torch.Tensor.pow", "def f(x: torch.Tensor, e): return x.pow(e)", "i3,4", "p3,4", id="pow-int-tensor"),
    case("torch.relu", "def f(x): return torch.relu(x)", "n3,4", id="relu-int"),
    case("torch.relu", "def f(x): return torch.relu(input=x)", "f3,4", id="relu-float"),
    case("torch.Tensor.relu", "def f(x: torch.Tensor): return x.relu()", "n3,4", id="Tensor.relu-int"),
    case("torch.Tensor.min", "def f(x: torch.Tensor, y): return x.min(y)", "n3,4", "n4", id="min-other"),
    case("torch.Tensor.min", "def f(x: torch.Tensor, y): return x.min(y)", "f3,4", "n3,4", id="min-other-promoted"),
    case("torch.Tensor.max", "def f(x: torch.Tensor, y): return x.max(y)", "n3,4", "n3,4", id="max-other"),
    case("torch.Tensor.min", "def f(x: torch.Tensor): return x.min(1, keepdim=True)", "n3,4", id="min-dim"),
    case("torch.Tensor.max", "def f(x: torch.Tensor): return x.max()", "n3,4", id="max-all"),
    case("torch.maximum", "def f(x, y): return torch.maximum(x, y)", "f3,4", "n3,4", id="maximum-promoted"),
    case("torch.minimum", "def f(x, y): return torch.minimum(y, x)", "f3,4", "i4", id="minimum-promoted"),
    case("torch.fmax", "def f(x, y): return torch.fmax(x, y)", "z3,4", "n3,4", id="fmax-promoted"),
    case("torch.fmin", "def f(x, y): return torch.fmin(x, other=y)", "i3,4", "d3,4", id="fmin-promoted"),
]

COVERED = {"torch.relu"}

test_entry, test_entry_call_shape = entry_tests(CASES)
