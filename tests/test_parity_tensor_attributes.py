"""`x.T`, `x.mT`, `x.H`, `x.mH` (rules/tensor_attributes.py), run in both frameworks."""
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


SIZE_CODE = '''
def f(x: torch.Tensor):
    shape = x.size()
    return (x.size().numel(), x.shape.numel(), shape.numel(), shape.count(3), shape.index(4),
            x.shape[1:].numel(), torch.Size([2, 5]).numel())
'''


def test_size_methods_on_jittor_shapes(torch, jittor):
    """torch.Size's numel/count/index (Jittor's shape, a NanoVector, has none of them), directly on
    `x.size()`/`x.shape` and through a name bound to one (rules/tensor_size.py)."""
    both = run_both(SIZE_CODE, ["f2,3,4"])
    assert both.code.count("t2j.Size(") == 7
    assert both.expected == (24, 24, 24, 1, 2, 12, 10)
    assert_same(both.expected, both.actual)


CLASSES_CODE = '''
from torch.autograd import Variable


def f(x):
    a = torch.Tensor([[1.0, 2.0]])
    b = torch.FloatTensor([[3.0], [4.0]])
    p = nn.Parameter(x.clone())
    v = Variable(torch.ones(2, 3))
    w = Variable(x.clone(), requires_grad=True)
    return (a.requires_grad, b.requires_grad, p.requires_grad, v.requires_grad, w.requires_grad, v.is_leaf,
            a.mm(b), p.T, b.mT)
'''


def test_instances_of_tensor_classes_are_tensors(torch, jittor):
    """`torch.Tensor(...)`, `torch.FloatTensor(...)`, `nn.Parameter(...)`, `Variable(...)` make
    tensors: their attributes and methods are converted as any tensor's (typeinfer.TENSOR_CLASSES);
    `Variable(x).requires_grad` was Jittor's True where PyTorch says False."""
    both = run_both(CLASSES_CODE, ["f2,3"])
    assert both.code.count("t2j.tensor_requires_grad(") == 5 and "maybe_tensor" not in both.code
    assert_same(both.expected, both.actual)


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


PARAMETER_CODE = '''
def f(x):
    lin = nn.Linear(3, 2)
    p = nn.Parameter(x.clone())
    frozen = nn.Parameter(x.clone(), requires_grad=False)
    leaf = torch.ones(2, requires_grad=True)
    return (isinstance(lin.weight, nn.Parameter), isinstance(p, nn.Parameter), isinstance(frozen, nn.Parameter),
            isinstance(x.clone(), nn.Parameter), isinstance(leaf, nn.Parameter), isinstance(p * 2, nn.Parameter),
            isinstance(torch.zeros(2), nn.Parameter), isinstance(lin, nn.Parameter), isinstance(p, torch.Tensor),
            [isinstance(q, nn.Parameter) for q in lin.parameters()], frozen.requires_grad)
'''


def test_isinstance_of_parameter(torch, jittor):
    """`isinstance(v, nn.Parameter)` (init loops, optimizers' parameter groups): t2j.Parameter is a class
    whose instance check tells module parameters and Parameter(...) results from other tensors."""
    both = run_both(PARAMETER_CODE, ["f2,3"])
    assert both.expected == (True, True, True, False, False, False, False, False, True, [True, True], False)
    assert_same(both.expected, both.actual)
