"""x.device, x.is_cuda, x.is_cpu, x.is_xpu on tensors: the converted code takes PyTorch's branch."""
import numpy as np
import pytest
from parity import assert_same, run_both

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


net = Net()
'''


def test_placement_attributes_take_pytorch_branch(torch, jittor):
    both = run_both(SOURCE, [np.arange(8, dtype="float32").reshape(2, 4)], entry="net", header="")
    assert_same(both.expected, both.actual)
    assert both.actual[1] == "cpu"
