"""Keyword arguments bound to PyTorch's signature (call_arguments.py), proven by running both.

PyTorch's argument parser takes NumPy's names for its own (`axis` for `dim`, `keepdims` for
`keepdim`, `x`/`a` for `input`): a call written that way must convert as if PyTorch's name were
written, whether the table maps it to a Jittor function, a Var method or a helper.
"""
import pytest
from parity import assert_same, run_both

from torch2jittor import convert_source

pytestmark = pytest.mark.frameworks


def test_numpy_keyword_aliases():
    code = ("def f(x: torch.Tensor):\n"
            "    return (torch.cat([x, x], axis=0), x.sum(axis=1, keepdims=True), torch.mean(x, axis=0),\n"
            "            torch.argmax(x, axis=1), x.max(axis=1), x.max(axis=0, keepdims=True)[1],\n"
            "            torch.sum(x, axis=-1), torch.softmax(x, axis=1), torch.stack([x, x], axis=1))\n")
    both = run_both(code, ["f3,4"])
    assert "axis" not in both.code
    assert_same(both.expected, both.actual)


def test_unknown_keyword_to_a_helper_is_reported():
    out = convert_source("import torch\nx = torch.ones(3)\ny = x.max(dimension=0)\n")
    assert any(d.kind == "unbound-arguments" and "dimension" in d.message for d in out.diagnostics)


def test_reduction_dims_by_keyword():
    """Jittor's Var.sum/mean/prod take `dim=` as an int only (a tuple or list there matches no
    overload): the table passes PyTorch's dim by position, which takes both."""
    code = ("def f(x: torch.Tensor, n: torch.Tensor):\n"
            "    return (x.mean(dim=[1, 2]), x.sum(dim=(0, 2), keepdim=True), x.prod(dim=1), n.sum(keepdim=True, dim=-1),\n"
            "            x.mean(dim=(-1,)), n.sum(dim=[0]))\n")
    both = run_both(code, ["u2,3,4", "n2,3,4"])
    assert_same(both.expected, both.actual)


def test_out_argument_the_table_lacks_is_reported():
    """`torch.argmax(x, 1, out=o)`: the entry's signature has no `out`; passed on, the helper raised
    TypeError with nothing said. Reported and left as written; a call without it converts."""
    out = convert_source("import torch\nx = torch.ones(2, 2)\no = torch.empty(2, dtype=torch.long)\n"
                         "torch.argmax(x, dim=1, out=o)\ny = torch.argmax(x, dim=1)\n")
    assert [(d.line, d.kind) for d in out.unsupported] == [(4, "unsupported-argument")]
    assert "t2j.argmax(x, dim=1)" in out.code
