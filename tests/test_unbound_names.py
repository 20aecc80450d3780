"""Converted code never refers to a name that nothing binds: what a removed torch import bound is
bound again to its Jittor counterpart or to a stand-in that raises, naming the API, only when used;
probes of torch modules are answered for the Jittor side."""
import pytest
from parity import exec_code

from torch2jittor import convert_source
from torch2jittor.tools.corpus import names_unbound_by_conversion

pytestmark = pytest.mark.frameworks

SOURCE = '''
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch import _assert
from torch.nn import LeakyReLU
from torch.utils.data import DistributedSampler
from typing import List

__all__ = ["_assert", "LeakyReLU"]

HAS_SDPA = hasattr(F, "scaled_dot_product_attention")
HAS_MAGIC = hasattr(torch.nn.functional, "no_such_function_anywhere")
HAS_COMPILER = hasattr(torch, "compiler") and hasattr(torch.compiler, "is_exporting")
DISABLE = getattr(getattr(torch, "compiler", None), "disable", None)
MISSING = getattr(F, "no_such_function_anywhere", None)
RELU = getattr(F, "relu")
VERSION = torch.__version__


class Unsupported(torch.UnsupportedBaseForTests):
    pass


class Batches(DistributedSampler[List[int]]):
    pass


def uses_unsupported(x, fmt: F = "NCHW"):
    return torch.special_unsupported_op(x)


def activation(**kwargs):
    return LeakyReLU(**kwargs)
'''


def test_no_name_left_unbound_and_probes_answered(jittor):
    result = convert_source(SOURCE, filename="module.py")
    assert names_unbound_by_conversion(SOURCE, result.code) == set()
    reported = {d.api for d in result.unsupported}
    assert {"torch.UnsupportedBaseForTests", "torch.special_unsupported_op", "torch.utils.data.DistributedSampler"} <= reported
    ns = exec_code(result.code, "module_jt.py")  # importing the converted module never fails
    assert ns["HAS_SDPA"] is True and ns["HAS_MAGIC"] is False and ns["HAS_COMPILER"] is True
    assert ns["MISSING"] is None and ns["RELU"] is jittor.nn.relu and ns["VERSION"].startswith("2.")
    assert ns["DISABLE"](len) is len
    assert ns["_assert"](True, "ok") is None
    act = ns["activation"](negative_slope=0.2, inplace=True)  # PyTorch's arguments, translated at run time
    x = jittor.array([-1.0, 2.0])
    assert act(x).numpy().tolist() == pytest.approx([-0.2, 2.0])
    with pytest.raises(NotImplementedError, match=r"torch\.special_unsupported_op .*module_jt\.py:\d+"):
        ns["uses_unsupported"](x)
    with pytest.raises(NotImplementedError, match=r"torch\.UnsupportedBaseForTests .*instantiated through Unsupported"):
        ns["Unsupported"]()
    with pytest.raises(NotImplementedError, match=r"torch\.utils\.data\.DistributedSampler"):
        ns["Batches"]()


def test_sibling_star_import_brings_torch_names(tmp_path):
    """`from .activations import *` gives this module the `F` that activations.py imported."""
    from torch2jittor.project import torch_names_by_module

    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "activations.py").write_text("import torch\nimport torch.nn.functional as F\n\n\ndef swish(x):\n    return x * F.sigmoid(x)\n")
    (pkg / "create_act.py").write_text("from .activations import *\n\nACTS = dict(relu=F.relu, gelu=F.gelu)\n"
                                       "HAS_SILU = 'silu' in dir(torch.nn.functional)\n")
    siblings = torch_names_by_module([str(p) for p in pkg.glob("*.py")])
    assert siblings["pkg.activations"] == {"torch": "torch", "F": "torch.nn.functional"}
    source = (pkg / "create_act.py").read_text()
    code = convert_source(source, filename=str(pkg / "create_act.py"), package="pkg", siblings=siblings).code
    assert "ACTS = dict(relu=nn.relu, gelu=t2j.gelu)" in code and "from jittor import nn" in code
    assert "torch = t2j.unsupported('torch')" in code  # still used: bound here, not by the sibling
    assert names_unbound_by_conversion(source, code) == set()
