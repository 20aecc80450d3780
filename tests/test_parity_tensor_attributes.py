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
