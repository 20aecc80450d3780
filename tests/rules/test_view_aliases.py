"""A name bound to a view of a tensor and then changed in place (rules/view_aliases.py): in PyTorch the
change reaches the base; Jittor's indexing and view methods copy. Reported at the change when the base
is read afterwards; copies (advanced indexing) and rebound names are converted, proven by running both."""
import pytest
from parity import assert_same, run_both

from torch2jittor import convert_source

pytestmark = pytest.mark.frameworks


def _reported(code: str) -> list[int]:
    out = convert_source("import torch\n" + code)
    return [d.line - 1 for d in out.unsupported if "a view of" in d.message]


@pytest.mark.parametrize("code", [
    "def f(x: torch.Tensor):\n    row = x[0]\n    row += 1\n    return x\n",
    "def f(x: torch.Tensor):\n    col = x[:, 2]\n    col.fill_(5)\n    return x.sum()\n",
    "def f(x: torch.Tensor):\n    flat = x.view(-1)\n    flat[1] = 3.0\n    return x\n",
    "def f(x: torch.Tensor):\n    t = x.t()\n    t.add_(1).mul_(2)\n    return x\n",
    "def f(x: torch.Tensor):\n    part = x[..., 1:, None]\n    part.zero_()\n    return x\n",
    "x = torch.zeros(2, 3)\nrow = x[0]\nrow *= 2\n",  # a module-level base: a script's result
], ids=["iadd", "method", "setitem", "chained", "ellipsis-none", "module-level"])
def test_change_through_a_view_is_reported(code):
    assert len(_reported(code)) == 1


@pytest.mark.parametrize("code", [
    "def f(x: torch.Tensor):\n    row = x[0]\n    row += 1\n    return row\n",  # the base is not read again
    "def f(x: torch.Tensor, i: torch.Tensor):\n    sel = x[i]\n    sel += 1\n    return x, sel\n",  # a copy
    "def f(x: torch.Tensor):\n    row = x[0]\n    row = row * 2\n    row += 1\n    return x, row\n",  # rebound
    "def f(x: torch.Tensor):\n    x = x.view(-1)\n    x += 1\n    return x\n",  # the base itself
    "def f(x: torch.Tensor):\n    row = x[0]\n    x = torch.ones(3)\n    row += 1\n    return x, row\n",
    "def f(xs: list):\n    first = xs[0]\n    first += [1]\n    return xs\n",  # not a tensor
], ids=["base-not-read", "advanced-index", "rebound", "self", "base-rebound", "list"])
def test_copies_and_rebound_names_are_not_reported(code):
    assert _reported(code) == []


def test_unreported_forms_run_as_in_pytorch(torch, jittor):
    code = ("def f(x: torch.Tensor, i: torch.Tensor):\n"
            "    sel = x[i]\n"
            "    sel += 1\n"
            "    row = x[0]\n"
            "    row = row * 2\n"
            "    row += 1\n"
            "    x[1] += 5\n"
            "    return x, sel, row\n")
    both = run_both(code, ["f3,4", "i2:3"])
    assert_same(both.expected, both.actual)
