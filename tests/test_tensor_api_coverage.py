"""Every public torch.Tensor method and property, on a provable tensor, is converted or reported.

The invariant behind "nothing fails silently": the converter never leaves a torch API on a tensor
as if Jittor had it. `mappings/tensor_api.py` lists torch.Tensor's API; it is checked against the
installed torch, and each name is converted from a provable tensor (`x: torch.Tensor`) to see that
the conversion either went through the table / a rule, or reported the name at its line.
"""
import pytest
from parity import assert_same, run_both

from torch2jittor import convert_source
from torch2jittor.mappings import tensor_api
from torch2jittor.mappings.tensor import ATTRIBUTES

# Also methods of dict/list (a submodule's output may be either): left alone, see engine.py.
CONTAINER_NAMES = {"index", "values"}


@pytest.mark.frameworks
def test_the_api_list_is_the_installed_torch():
    import torch

    public = [n for n in dir(torch.Tensor) if not n.startswith("_")]
    assert {n for n in public if callable(getattr(torch.Tensor, n))} == tensor_api.METHODS
    assert {n for n in public if not callable(getattr(torch.Tensor, n))} == tensor_api.PROPERTIES


def _outcome(code, api):
    out = convert_source("import torch\ndef f(x: torch.Tensor, y: torch.Tensor):\n" + code)
    converted = {name for _, _, name, _ in out.converted} - {"torch.Tensor"}
    reported = {d.api for d in out.unsupported}
    return converted, reported, out


@pytest.mark.parametrize("name", sorted(tensor_api.METHODS - CONTAINER_NAMES))
def test_every_method_is_converted_or_reported(name):
    converted, reported, out = _outcome(f"    return x.{name}(y)\n", "torch.Tensor." + name)
    api = "torch.Tensor." + name
    assert converted or api in reported, out.code
    if api in reported:
        assert "torch2jittor: unsupported" in out.code  # marked in the output, at its line


@pytest.mark.parametrize("name", sorted(tensor_api.PROPERTIES))
def test_every_property_is_kept_converted_or_reported(name):
    converted, reported, out = _outcome(f"    return x.{name}\n", "torch.Tensor." + name)
    api = "torch.Tensor." + name
    kept = ATTRIBUTES.get(api, "") is None and out.code.rstrip().endswith(f"return x.{name}")
    assert kept or converted or api in reported or f"return x.{name}\n" not in out.code, out.code


@pytest.mark.frameworks
def test_properties_read_the_same():
    # every property the table keeps or rewrites, read off a tensor and off a parameter
    # (requires_grad of a plain tensor differs: every Jittor Var is differentiable unless stopped;
    # parameters agree, and are what code asks)
    names = sorted(key.rsplit(".", 1)[1] for key in ATTRIBUTES)
    reads = ", ".join(f"x.{n}" for n in names if n not in ("dtype", "requires_grad", "shape"))
    reads += ", x.dtype == torch.float32, tuple(x.shape)"
    code = ("def f(x: torch.Tensor):\n"
            "    p = torch.nn.Parameter(x.clone())\n"
            f"    return ({reads}, p.requires_grad, p.ndim)\n")
    both = run_both(code, ["f3,4"])
    assert {f"torch.Tensor.{n}" for n in ("real", "itemsize", "is_sparse")} <= both.converted
    assert_same(both.expected, both.actual)


def test_unknown_names_on_tensors_are_left_alone():
    # Not a torch API: the object is not what the inference thought, nothing to report.
    _, reported, out = _outcome("    return x.frobnicate(3), x.index(1), x.values()\n", "")
    assert not reported and "x.frobnicate(3), x.index(1), x.values()" in out.code
