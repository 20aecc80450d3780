"""Tensor methods whose conversion differs from Jittor's same-named Var method, on receivers the
converter cannot prove to be tensors (a function's parameters, an attribute, an unpacked value):
`t2j.maybe_tensor(x).max(1)` does PyTorch's method when x is a Var and x's own otherwise, so
results match PyTorch's in value, shape and dtype, and a user's class or a numpy array keeps its
own methods."""
import pytest
from parity import assert_same, run_both

from torch2jittor import convert_source

pytestmark = pytest.mark.frameworks

REDUCTIONS = '''
def f(x, k):
    v, i = x.max(1)
    m = x.min(dim=0, keepdim=True)
    return (v, i, m.values, m.indices, x.argmax(1), x.argmin(dim=0), x.topk(2), x.topk(k=2, dim=0, largest=False),
            x.var(), x.var(1), x.std(), x.std(0, keepdim=True), x.sort(descending=True), x.sort(dim=0).indices,
            x.sum(1, keepdim=True), x.mean(dim=0, keepdim=True), k.long(), x.max(), x.max(x.flip(1)), x.argsort(1))
'''


def test_reductions_on_parameters(torch, jittor):
    both = run_both(REDUCTIONS, ["f3,4", "j3,4"])
    assert "t2j.maybe_tensor(x).max(1)" in both.code and "x.sum(1, keepdim" not in both.code
    assert_same(both.expected, both.actual)


KEYWORDS = '''
class Holder:
    def __init__(self, t):
        self.t = t


def f(x, y):
    h = Holder(x)
    a, b = torch.round(x), torch.round(y)
    return (x.clamp(min=-0.5), x.clip(max=0.3), h.t.clamp(min=-0.2, max=0.2), x.transpose(dim0=0, dim1=1),
            h.t.transpose(1, 0), x.add(y, alpha=2), x.sub(other=y), a.mm(b.t()), x.narrow(1, 1, 2),
            x.clone().acos_(), x.cpu().double().clamp_min(0.1), b.swapaxes(0, 1), x.logsumexp(1, keepdim=True))
'''


def test_keywords_and_renames_on_untyped_receivers(torch, jittor):
    both = run_both(KEYWORDS, ["u3,4:-0.9,0.9", "f3,4"])
    assert "t2j.maybe_tensor(h.t).clamp(min=-0.2, max=0.2)" in both.code
    assert "h.t.transpose(1, 0)" in both.code  # the same call as Jittor's: left as written
    assert_same(both.expected, both.actual)


OTHERS = '''
import numpy as np


class Box:
    def __init__(self, v):
        self.v = v

    def max(self, dim):
        return ("box", dim)

    def size(self):
        return self.v

    def clamp(self, min=None):
        return ("clamped", min)

    def var(self):
        return "box var"


def f(x):
    box, arr = Box(3), np.arange(12.0).reshape(3, 4)
    return box.max(1), box.size(), box.clamp(min=2), box.var(), arr.max(1), arr.std(), arr.clip(1, 5), x.max(1).values
'''


def test_other_objects_keep_their_own_methods(torch, jittor):
    both = run_both(OTHERS, ["f3,4"])
    assert "box.max(1)" in both.code and "box.clamp(min=2)" in both.code  # a user class instance: left alone
    assert_same(both.expected, both.actual)


def test_unsupported_argument_on_untyped_receiver_is_reported():
    result = convert_source("import torch\n\ndef f(x):\n    return x.sum(dtype=torch.float64)\n")
    assert [d.api for d in result.diagnostics if d.kind == "unsupported-argument"] == ["torch.Tensor.sum"]


def test_unsupported_argument_raises_on_a_var(jittor):
    from parity import exec_code

    code = convert_source("import torch\n\ndef f(x):\n    return x.new_full((2,), 1.0, dtype=torch.float64)\n").code
    ns = exec_code(code, "case_jt.py")
    with pytest.raises(NotImplementedError):
        ns["f"](jittor.array([1.0, 2.0]))


TIES = '''
def f(a, b):
    a, b = a.round(), b.round()
    a.requires_grad_()
    b.requires_grad_()
    out = a.maximum(b) * 2 + a.minimum(b[0]) * 3 + a.max(b) + b.min(a)
    return torch.autograd.grad((out * torch.arange(1.0, 13.0).view(3, 4)).sum(), [a, b])
'''


@pytest.mark.parametrize("annotated", [False, True], ids=["untyped", "annotated"])
def test_maximum_methods_split_a_ties_gradient(torch, jittor, annotated):
    code = TIES.replace("f(a, b)", "f(a: torch.Tensor, b: torch.Tensor)") if annotated else TIES
    both = run_both(code, ["f3,4", "f3,4"])
    assert_same(both.expected, both.actual)


CLAMP = '''
def f(i, x):
    return (i.clamp(min=0.5), i.clip(max=2.5), i.clamp_min(0.5), i.clamp_max(2.5), i.clamp(2, 5), x.clamp(0, 1),
            x.clamp_min(min=-0.2), x.clamp_max(max=0.2), x.clip(None, 0.3))
'''


@pytest.mark.parametrize("annotated", [False, True], ids=["untyped", "annotated"])
def test_clamp_promotes_as_pytorch(torch, jittor, annotated):
    """An integer tensor clamped by a float bound is float32, by an integer one stays int64."""
    code = CLAMP.replace("f(i, x)", "f(i: torch.Tensor, x: torch.Tensor)") if annotated else CLAMP
    both = run_both(code, ["i3,4", "f3,4"])
    assert_same(both.expected, both.actual)
