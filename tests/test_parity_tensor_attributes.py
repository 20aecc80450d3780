"""`x.T`, `x.mT`, `x.H`, `x.mH` (rules/tensor_attributes.py), run in both frameworks."""
import numpy as np
import pytest
from parity import convert_checked, exec_code, to_numpy

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
    jt_model.load_parameters({k: v.detach().numpy() for k, v in pt_model.state_dict().items()})
    image = np.random.RandomState(0).standard_normal((2, 4, 5)).astype("float32")  # 3-D: T reverses all
    expected = pt_model(torch.from_numpy(image))
    actual = jt_model(jittor.array(image))
    for e, a in zip(expected, actual):
        e, a = to_numpy(e), to_numpy(a)
        assert a.shape == e.shape and a.dtype == e.dtype
        np.testing.assert_allclose(a, e, rtol=1e-5, atol=1e-5)
