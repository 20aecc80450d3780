"""register_buffer as PyTorch: None accepted (filled later), non-persistent buffers out of the
state_dict, buffers never trained by the optimizer (Jittor's own would update them)."""
import pytest
from parity import assert_same, assert_same_state, convert_checked, exec_code, make_input, to_jittor, to_torch

pytestmark = pytest.mark.frameworks

SOURCE = '''
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 2)
        self.register_buffer("scale", torch.full((2,), 2.0))
        self.register_buffer("index", torch.arange(2), persistent=False)
        self.register_buffer("mask", None, persistent=False)

    def forward(self, x):
        return self.fc(x) * self.scale


def train(model, x, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.1, weight_decay=0.1)
    for _ in range(steps):
        opt.zero_grad()
        loss = model(x).pow(2).mean()
        loss.backward()
        opt.step()
    return loss
'''

COVERED = {"torch.nn.Module.register_buffer"}


def test_buffers_as_pytorch(torch, jittor):
    pt = {}
    exec(compile(SOURCE, "buffers_pt.py", "exec"), pt)
    torch.manual_seed(0)
    model = pt["Net"]()
    jt_ns = exec_code(convert_checked(SOURCE), "buffers_jt.py")
    jt_model = jt_ns["Net"]()
    assert sorted(jt_model.state_dict()) == sorted(model.state_dict()) == ["fc.bias", "fc.weight", "scale"]
    assert jt_model.mask is None
    jt_model.load_parameters({k: v.detach().numpy() for k, v in model.state_dict().items()})
    x = make_input("f4,3")
    loss = pt["train"](model, to_torch(x))
    jt_loss = jt_ns["train"](jt_model, to_jittor(x))
    assert_same(loss.detach(), jt_loss)
    assert_same(torch.full((2,), 2.0), jt_model.scale)  # weight decay never reached it
    assert_same_state(model, jt_model, atol=1e-6)
