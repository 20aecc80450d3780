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


def _view_reports(code: str) -> list[int]:
    out = convert_source("import torch\n" + code)
    return [d.line - 1 for d in out.unsupported if "view" in d.message]


@pytest.mark.parametrize("code", [
    "def f(x: torch.Tensor):\n    y = x.reshape(-1)\n    y[0] = 5.0\n    return x\n",
    "def f(x: torch.Tensor):\n    y = torch.flatten(x)\n    y.mul_(3)\n    return x\n",
    "def f(x: torch.Tensor):\n    tt = torch.t(x)\n    tt += 1\n    return x\n",
    "def f(x: torch.Tensor):\n    a, b = x.unbind(0)\n    a.add_(1)\n    return x\n",
    "def f(x: torch.Tensor):\n    top, bottom = torch.chunk(x, 2)\n    top.zero_()\n    return x\n",
    "def f(x: torch.Tensor):\n    first, second = x\n    first += 5\n    return x\n",
    "def f(x: torch.Tensor):\n    parts = x.split(2)\n    parts[1].fill_(3.0)\n    return x\n",
    "def f(x: torch.Tensor):\n    rows = list(x)\n    rows[0].zero_()\n    return x\n",
    "def f(x: torch.Tensor):\n    for row in x:\n        row += 1\n    return x\n",
    "def f(x: torch.Tensor):\n    for i, row in enumerate(x.unbind(1)):\n        row[i] = 0.0\n    return x\n",
    "def f(x: torch.Tensor):\n    v = x[0]\n    x.add_(1)\n    return v\n",
    "def f(x: torch.Tensor):\n    e = x.expand(3, 4)\n    x[0, 0] = 7.0\n    return e.sum()\n",
    "def f(x: torch.Tensor):\n    tmp = x[0]\n    x[0] = x[1]\n    return tmp\n",
    "def f(x: torch.Tensor):\n    x[0], x[1] = x[1], x[0]\n    return x\n",
    "def f(x: torch.Tensor):\n    x.T[0] = 5.0\n    return x\n",
    "def f(x: torch.Tensor):\n    x.permute(1, 0)[0] += 3.0\n    return x\n",
], ids=["reshape", "torch-flatten", "torch-t", "unbind-unpack", "chunk-unpack", "rows-unpack", "split-piece",
        "list-rows", "for-rows", "for-enumerate-unbind", "base-changed-view-read", "expand-view-read",
        "view-temp-swap", "tuple-swap", "T-item", "permute-item-augassign"])
def test_views_in_other_forms_are_reported(code):
    assert len(_view_reports(code)) == 1


@pytest.mark.parametrize("code", [
    "def f(x: torch.Tensor):\n    tmp = x[0].clone()\n    x[0] = x[1]\n    x[1] = tmp\n    return x\n",
    "def f(x: torch.Tensor):\n    x[0], x[1] = x[1].clone(), x[0].clone()\n    return x\n",
    "def f(x: torch.Tensor):\n    for row in x:\n        row = row * 2\n        row += 1\n    return x\n",
    "def f(x: torch.Tensor):\n    v = x[0]\n    s = v.sum()\n    x.add_(1)\n    return x, s\n",  # v not read after
    "def f(x: torch.Tensor):\n    v = x[0]\n    x.add_(1)\n    v = x[1]\n    return x, v\n",  # v rebound first
    "def f(x: torch.Tensor):\n    a, b = x.clone().unbind(0)\n    a.add_(1)\n    return x, a\n",
    "def f(xs: list):\n    for row in xs:\n        row += [1]\n    return xs\n",  # not a tensor
], ids=["clone-swap", "clone-tuple-swap", "loop-rebound", "view-read-before", "view-rebound", "pieces-of-a-clone",
        "list-loop"])
def test_copies_and_views_read_before_the_change_are_not_reported(code):
    assert _view_reports(code) == []


def test_views_read_before_changes_and_clones_run_as_in_pytorch(torch, jittor):
    code = ("def f(x: torch.Tensor):\n"
            "    tmp = x[0].clone()\n"
            "    x[0] = x[1]\n"
            "    x[1] = tmp\n"
            "    v = x[2]\n"
            "    s = v.sum()\n"
            "    x.add_(1)\n"
            "    for row in x:\n"
            "        row = row * 2\n"
            "        row += 1\n"
            "    a, b = x.clone().unbind(0)[:2]\n"
            "    a.add_(1)\n"
            "    return x, s, row, a, b\n")
    both = run_both(code, ["f3,4"])
    assert "unsupported" not in both.code
    assert_same(both.expected, both.actual)


@pytest.mark.parametrize("code,reported", [
    ("y = x.t().is_contiguous()\n", True),
    ("y = x.T.is_contiguous()\n", True),
    ("y = x[:, 1:].is_contiguous()\n", True),
    ("y = x[::2].is_contiguous()\n", True),
    ("y = x.t().contiguous().is_contiguous()\n", False),
    ("y = x[1:].is_contiguous()\n", False),
    ("y = x.is_contiguous()\n", False),
], ids=["t", "T", "column-slice", "step", "made-contiguous", "row-slice", "plain"])
def test_contiguity_of_a_strided_view_is_reported(code, reported):
    out = convert_source("import torch\nx = torch.zeros(4, 3)\n" + code)
    assert bool([d for d in out.unsupported if "is_contiguous" in d.message]) == reported


def test_contiguity_of_contiguous_tensors_runs_as_in_pytorch(torch, jittor):
    code = ("def f(x: torch.Tensor):\n"
            "    return x.is_contiguous(), x[1:].is_contiguous(), x.t().contiguous().is_contiguous()\n")
    both = run_both(code, ["f3,4"])
    assert_same(both.expected, both.actual)


def test_pieces_changed_before_the_base_is_rebound_are_not_reported():
    """torchvision's adjust_hue_image: `h, s, v = image.unbind(dim=-3)`, `h.add_(...)`, then `image`
    rebound to `torch.stack((h, s, v))`: the old image is never read again, the pieces are what count."""
    code = ("def f(image: torch.Tensor):\n"
            "    h, s, v = image.unbind(dim=-3)\n"
            "    h.add_(0.25).remainder_(1.0)\n"
            "    image = torch.stack((h, s, v), dim=-3)\n"
            "    return image\n")
    assert _view_reports(code) == []


@pytest.mark.parametrize("code", [
    "out = torch.zeros(3, 2)\nfor i in range(3):\n    row = out[i]\n    row += i\n",
    "w = torch.ones(2, 3)\nwith torch.no_grad():\n    first = w[0]\n    first.mul_(2)\n",
    "def f(t: torch.Tensor):\n    for k in range(2):\n        part = t[k]\n        part.add_(k)\n    return t\n",
    "def f(t):\n    tt = t.t()\n    tt.add_(1)\n    return t\n",
    "def f(t):\n    v = t.view(-1)\n    v[0] = 5.0\n    return t\n",
    "class M(torch.nn.Module):\n    def __init__(self):\n        super().__init__()\n"
    "        self.register_buffer('counts', torch.zeros(2, 3))\n\n    def forward(self, x):\n"
    "        row = self.counts[0]\n        row += x\n        return self.counts\n",
    "x = torch.arange(4.0)\nv = x[1:3]\nseen = []\nfor _ in range(2):\n    seen.append(v.sum())\n    x.zero_()\n",
], ids=["loop-body-module-base", "no-grad-block", "function-loop", "unannotated-t", "unannotated-view-shape", "buffer-row",
        "base-changed-in-loop"])
def test_views_in_nested_blocks_parameters_and_buffers_are_reported(code):
    assert len(_view_reports(code)) == 1


@pytest.mark.parametrize("code", [
    "def f(a):\n    b = a.reshape(-1)\n    b[0] = 1\n    return a\n",  # maybe a NumPy array: its views share memory too
    "def f(a):\n    b = a.view(np.int32)\n    b[0] = 1\n    return a\n",  # NumPy's view takes a dtype
    "def f(x: torch.Tensor, idx: torch.Tensor):\n    for k in range(2):\n        sel = x[idx]\n        sel += 1\n    return x\n",
], ids=["unannotated-reshape", "unannotated-view-dtype", "tensor-index-in-loop"])
def test_possible_numpy_views_and_tensor_indexed_copies_are_not_reported(code):
    assert _view_reports(code) == []


@pytest.mark.parametrize("code", [
    "import numpy as np\na = np.zeros(3, dtype=np.float32)\nt = torch.from_numpy(a)\na[0] = 5.0\nr = t.clone()\n",
    "import numpy as np\na = np.zeros(3, dtype=np.float32)\nt = torch.as_tensor(a)\nt.add_(2)\nr = a.copy()\n",
    "x = torch.zeros(3)\na = x.numpy()\nx.add_(1)\nr = a.copy()\n",
], ids=["from-numpy-array-changed", "as-tensor-changed", "numpy-of-changed-tensor"])
def test_memory_shared_with_numpy_is_reported(code):
    """PyTorch's from_numpy/as_tensor/numpy() share memory with the array; Jittor's copy."""
    assert len(_view_reports(code)) == 1


def test_numpy_copies_run_as_in_pytorch(torch, jittor):
    code = ("def f(x: torch.Tensor):\n"
            "    a = x.numpy().copy()\n"
            "    t = torch.tensor(a)\n"
            "    t.add_(2)\n"
            "    u = torch.from_numpy(a)\n"
            "    return t, u, x\n")
    both = run_both(code, ["f3"])
    assert "unsupported" not in both.code
    assert_same(both.expected, both.actual)


def test_contiguous_of_a_tensor_is_the_tensor_itself():
    """`y = x.contiguous()` is x in PyTorch (x is contiguous unless itself a strided view); Jittor's
    contiguous() makes a new Var: `y.add_(1)` then reading x is reported. Of a strided view it is a copy."""
    assert len(_view_reports("x = torch.zeros(3)\ny = x.contiguous()\ny.add_(1)\n")) == 1
    assert _view_reports("x = torch.zeros(2, 3)\ny = x.t().contiguous()\ny.add_(1)\n") == []
