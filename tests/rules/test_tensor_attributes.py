"""`x.T`, `x.mT`, `x.H`, `x.mH`, `x.device`, `x.is_cuda` and `p.requires_grad` on values not provably
tensors (rules/tensor_attributes.py), run in both frameworks."""
import numpy as np
import pytest
from parity import assert_same, convert_checked, exec_code, make_input, run_both, state_arrays, to_jittor, to_torch

pytestmark = pytest.mark.frameworks

SOURCE = '''
import torch
import torch.nn as nn
import torch.nn.functional as F


class Tied(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(5, 3)

    def forward(self, x):
        scores = x @ x.mT
        back = F.linear(self.proj(x), self.proj.weight.T)
        flat = x[0]
        return scores, back, x.T, x.mH, flat.T, flat.H, flat[0].T
'''


def test_transpose_attributes_match(torch, jittor):
    code = convert_checked(SOURCE)
    assert ".T" not in code and ".mT" not in code and ".H" not in code and ".mH" not in code
    torch.manual_seed(0)
    pt_model = exec_code(SOURCE, "attrs_pt.py")["Tied"]()
    jt_model = exec_code(code, "attrs_jt.py")["Tied"]()
    jt_model.load_parameters(state_arrays(pt_model))
    image = make_input("f2,4,5")  # 3-D: T reverses all
    assert_same(pt_model(to_torch(image)), jt_model(to_jittor(image)), atol=1e-5, rtol=1e-5)


UNTYPED_REQUIRES_GRAD_CODE = '''
import argparse


@torch.no_grad()
def predict(w, v):
    return (w * v).sum()


def f(x):
    w = nn.Parameter(x.clone())
    p = predict(w, torch.ones(2, 3))
    options = argparse.Namespace(requires_grad=7)  # not a tensor: its own attribute
    kept = list(filter(lambda t: t.requires_grad, [w, x.detach(), torch.ones(2)]))
    return p.requires_grad, options.requires_grad, len(kept)
'''


def test_requires_grad_of_values_not_provably_tensors(torch, jittor):
    """`p.requires_grad` where p is a function's result or a lambda's parameter: PyTorch's answer
    (Jittor's Var says True for a tensor made under no_grad or by a creation function)."""
    both = run_both(UNTYPED_REQUIRES_GRAD_CODE, ["f2,3"])
    assert "t2j.tensor_requires_grad(p)" in both.code and "t2j.tensor_requires_grad(t)" in both.code
    assert both.expected == (False, 7, 1)
    assert_same(both.expected, both.actual)


PLACEMENT_SOURCE = '''
import torch
import torch.nn as nn


class Net(nn.Module):
    def forward(self, x):
        ids = torch.arange(4, device=x.device, dtype=x.dtype)
        if (x.is_cuda or x.is_xpu) and not x.is_cpu:
            return x + ids
        return x - ids, str(x.device)


net = Net()
'''


def test_placement_attributes_take_pytorch_branch(torch, jittor):
    both = run_both(PLACEMENT_SOURCE, [np.arange(8, dtype="float32").reshape(2, 4)], entry="net", header="")
    assert_same(both.expected, both.actual)
    assert both.actual[1] == "cpu"


def test_view_bookkeeping_attributes_are_reported():
    """`v._base is x`, `x._version`: PyTorch's view bookkeeping; Jittor's Var has none (AttributeError
    at run time with nothing said, before)."""
    from torch2jittor import convert_source

    out = convert_source("import torch\nx = torch.zeros(4)\nv = x.view(2, 2)\nsame = v._base is x\nn = x._version\n")
    assert [(d.line, d.api) for d in out.unsupported] == [(4, "torch.Tensor._base"), (5, "torch.Tensor._version")]
