"""Instances of torch's tensor classes are tensors to the type inference (typeinfer.TENSOR_CLASSES), run in
both frameworks."""
import pytest
from parity import assert_same, run_both

pytestmark = pytest.mark.frameworks

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
