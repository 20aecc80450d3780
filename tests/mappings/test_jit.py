"""TorchScript / FX / checkpointing helpers: the converted code behaves as PyTorch's eager mode."""
import pytest
from parity import assert_same, convert_checked, exec_code, make_input, run_both, state_arrays, to_jittor, to_torch

pytestmark = pytest.mark.frameworks

SOURCE = '''
import torch
import torch.fx
import torch.nn as nn
import torch.utils.checkpoint as cp
from typing import List

torch.fx.wrap("helper")


def helper(x):
    return x * 2


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(4, 4)

    @torch.jit.unused
    def unused_path(self, x):
        return x

    @torch.jit.ignore(drop=True)
    def dropped(self, x):
        return x

    @torch.jit.export
    def exported(self, x):
        return x + 1

    @torch.jit._overload_method  # noqa: F811 - declarations, then the implementation (densenet's pattern)
    def overloaded(self, x: List[torch.Tensor]) -> torch.Tensor:
        pass

    @torch.jit._overload_method  # noqa: F811
    def overloaded(self, x: torch.Tensor) -> torch.Tensor:
        pass

    def overloaded(self, x):  # noqa: F811
        return x

    def body(self, x):
        return self.lin(x)

    def forward(self, x):
        torch._assert(x.dim() == 2, "expected a matrix")
        scripting = torch.jit.is_scripting() or torch.jit.is_tracing()
        items = torch.jit.annotate(List[int], [])
        y = cp.checkpoint(self.body, x, use_reentrant=False)
        y = torch.utils.checkpoint.checkpoint(self.body, y)
        return helper(self.exported(self.unused_path(self.dropped(self.overloaded(y))))) + float(scripting) + len(items)


model = Net()


def scale(x: torch.Tensor) -> torch.Tensor:
    return x * 3


scripted_scale = torch.jit.script(scale)
'''

COVERED = {
    "torch.jit.unused", "torch.jit.ignore", "torch.jit.export", "torch.jit.script", "torch.jit._overload_method",
    "torch.jit.is_scripting", "torch.jit.is_tracing", "torch.jit.annotate", "torch._assert", "torch.fx.wrap",
    "torch.utils.checkpoint.checkpoint",
}


def _load_file(path, name):
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # TorchScript reads the source file back
    return module


def test_scripting_helpers_run_eagerly(torch, jittor, tmp_path):
    torch.manual_seed(0)
    path = tmp_path / "script_pt.py"
    path.write_text(SOURCE)
    pt_module = _load_file(path, "script_pt")
    pt_model = pt_module.model.eval()
    jt_namespace = exec_code(convert_checked(SOURCE), "script_jt.py")
    jt_model = jt_namespace["model"]
    jt_model.eval()
    jt_model.load_parameters(state_arrays(pt_model))
    x = make_input("f3,4")
    with torch.no_grad():
        expected = pt_model(to_torch(x))
    assert_same(expected, jt_model(to_jittor(x)), atol=1e-5, rtol=1e-5)
    assert_same(pt_module.scripted_scale(to_torch(x)), jt_namespace["scripted_scale"](to_jittor(x)), atol=1e-6,
                rtol=1e-6)
    with pytest.raises(AssertionError, match="expected a matrix"):
        jt_model(to_jittor(x[None]))


# TorchScript's module base: a ScriptModule subclass with script methods runs as a plain module
def test_script_module_subclass_runs_as_a_module(torch, jittor):
    code = ("class Block(torch.jit.ScriptModule):\n"
            "    def __init__(self):\n"
            "        super().__init__()\n"
            "        self.conv = nn.Conv2d(3, 4, 3, padding=1)\n"
            "    @torch.jit.script_method\n"
            "    def forward(self, x):\n"
            "        return torch.relu(self.conv(x))\n"
            "model = Block()\n")
    both = run_both(code, ["f2,3,9,8"], entry="model")
    assert "ScriptModule" not in both.code and "script_method" not in both.code.replace("jit_passthrough", "")
    assert_same(both.expected, both.actual)


COVERED |= {"torch.jit.ScriptModule", "torch.jit.script_method"}


ANNOTATIONS_CODE = '''
class Scaled(nn.Module):
    scale: torch.jit.Final[float]

    def __init__(self):
        super().__init__()
        self.scale = 2.0
        self.lin = nn.Linear(3, 2)

    def forward(self, x, shape: torch.jit.annotations.List[int]):
        return self.lin(x) * self.scale + len(shape)


def annotated(a: torch.jit.annotations.Tuple[int, int], b: torch.jit.annotations.Dict[str, int],
              c: torch.jit.annotations.Optional[int] = None) -> int:
    return a[0] + len(b) + (c or 0)


def f(x):
    model = Scaled()
    with torch.no_grad():
        model.lin.weight.fill_(0.5)
        model.lin.bias.fill_(0.25)
    return model(x, [1, 2]), annotated((1, 2), {"k": 3}, 4)
'''


def test_final_and_annotation_types(torch, jittor):
    """torch.jit.Final and torch.jit.annotations' types in annotations: the code runs as written."""
    both = run_both(ANNOTATIONS_CODE, ["f2,3"])
    assert_same(both.expected, both.actual)


COVERED |= {"torch.jit.Final", "torch.jit.annotations.List", "torch.jit.annotations.Tuple", "torch.jit.annotations.Dict",
            "torch.jit.annotations.Optional"}
