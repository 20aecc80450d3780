"""torch.amp (mappings/torch/amp.py, runtime amp.py): a mixed-precision training loop, run in both
frameworks. PyTorch on a machine without CUDA disables CUDA autocast and the GradScaler, which is
what the helpers do: the losses, outputs and weights after the steps are the same."""
import pytest
from parity import assert_same, run_both

pytestmark = pytest.mark.frameworks

SOURCE = '''
import warnings

import torch
import torch.nn as nn

warnings.simplefilter("ignore")  # PyTorch warns that it disables CUDA autocast and the scaler


@torch.autocast(device_type="cuda")
def predict(lin, x):
    return lin(x)


def f(x, w):
    lin = nn.Linear(4, 2)
    with torch.no_grad():
        lin.weight.copy_(w)
        lin.bias.zero_()
    opt = torch.optim.SGD(lin.parameters(), lr=0.1)
    scaler = torch.cuda.amp.GradScaler()
    plain = torch.amp.GradScaler("cuda", enabled=False)
    losses = []
    for step in range(3):
        opt.zero_grad()
        with torch.autocast(device_type="cuda", dtype=torch.float16):
            loss = lin(x).pow(2).mean()
        scaler.scale(loss).backward()
        scaler.unscale_(opt)
        scaler.step(opt)
        scaler.update()
        losses.append(loss.item())
    with torch.cuda.amp.autocast():
        out = lin(x)
    with torch.amp.autocast("cuda", enabled=False), torch.cpu.amp.autocast(enabled=False):
        out2 = predict(lin, x)
        inside = torch.is_autocast_enabled("cuda")
    try:
        raise torch.cuda.OutOfMemoryError("out of memory")
    except torch.cuda.OutOfMemoryError as exc:
        caught = isinstance(exc, RuntimeError)
    flags = torch.tensor([scaler.get_scale(), float(scaler.is_enabled()), float(plain.is_enabled()), float(caught),
                          float(inside)])
    return torch.tensor(losses), out.detach(), out2.detach(), lin.weight.detach(), flags
'''


def test_mixed_precision_training_loop(torch, jittor):
    both = run_both(SOURCE, ["f3,4", "f2,4"], header="")
    assert "torch" not in both.code.replace("torch2jittor", "")
    assert_same(both.expected, both.actual)


COVERED = {
    "torch.autocast", "torch.amp.autocast", "torch.cuda.amp.autocast", "torch.amp.GradScaler",
    "torch.cuda.amp.GradScaler", "torch.cuda.OutOfMemoryError", "torch.cpu.amp.autocast", "torch.is_autocast_enabled",
}
