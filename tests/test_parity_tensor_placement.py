"""x.device, x.is_cuda, x.is_cpu, x.is_xpu on tensors: the converted code takes PyTorch's branch."""
import numpy as np
import pytest
from parity import convert_checked, exec_code, to_numpy

pytestmark = pytest.mark.frameworks

SOURCE = '''
import torch
import torch.nn as nn


class Net(nn.Module):
    def forward(self, x):
        ids = torch.arange(4, device=x.device, dtype=x.dtype)
        if (x.is_cuda or x.is_xpu) and not x.is_cpu:
            return x + ids
        return x - ids, str(x.device)
'''


def test_placement_attributes_take_pytorch_branch(torch, jittor):
    pt = {}
    exec(compile(SOURCE, "placement_pt.py", "exec"), pt)
    jt = exec_code(convert_checked(SOURCE), "placement_jt.py")
    x = np.arange(8, dtype="float32").reshape(2, 4)
    expected, where = pt["Net"]()(torch.from_numpy(x))
    actual, jt_where = jt["Net"]()(jittor.array(x))
    assert jt_where == where == "cpu"
    np.testing.assert_array_equal(to_numpy(actual), to_numpy(expected))
