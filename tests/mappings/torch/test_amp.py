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


AUTOCAST_STATE = """
def f(x):
    defaults = (torch.get_autocast_dtype('cuda'), torch.get_autocast_dtype('cpu'), torch.get_autocast_cpu_dtype(),
                torch.get_autocast_gpu_dtype(), torch.get_autocast_ipu_dtype(), torch.get_autocast_xla_dtype())
    torch.set_autocast_dtype('cpu', torch.float16)
    torch.set_autocast_gpu_dtype(torch.bfloat16)
    changed = (torch.get_autocast_cpu_dtype(), torch.get_autocast_dtype('cuda'))
    torch.set_autocast_cpu_dtype(torch.bfloat16)
    torch.set_autocast_gpu_dtype(torch.float16)
    torch.set_autocast_ipu_dtype(torch.float16)
    torch.set_autocast_xla_dtype(torch.bfloat16)
    with torch.autocast('cpu', dtype=torch.float16):
        inside = torch.get_autocast_dtype('cpu')
    cache = torch.is_autocast_cache_enabled()
    torch.set_autocast_cache_enabled(False)
    cache_off = torch.is_autocast_cache_enabled()
    torch.set_autocast_cache_enabled(True)
    torch.clear_autocast_cache()
    return (defaults, changed, inside, torch.get_autocast_dtype('cpu'), cache, cache_off,
            torch.is_autocast_cpu_enabled(), torch.is_autocast_ipu_enabled(), torch.is_autocast_xla_enabled())
"""
AUTOCAST_STATE_KEYS = [f"torch.{name}" for name in (
    "get_autocast_dtype set_autocast_dtype get_autocast_cpu_dtype get_autocast_gpu_dtype get_autocast_ipu_dtype "
    "get_autocast_xla_dtype set_autocast_cpu_dtype set_autocast_gpu_dtype set_autocast_ipu_dtype "
    "set_autocast_xla_dtype is_autocast_cpu_enabled is_autocast_ipu_enabled is_autocast_xla_enabled "
    "is_autocast_cache_enabled set_autocast_cache_enabled clear_autocast_cache").split()]


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_autocast_settings_read_back(torch, jittor):
    from parity import assert_converts

    both = run_both(AUTOCAST_STATE, ["f1"])
    assert_converts(both, AUTOCAST_STATE_KEYS)
    def names(v):  # dtypes by name: torch.float16 and Jittor's float16
        return tuple(names(x) for x in v) if isinstance(v, tuple) else str(v).rsplit(".", 1)[-1]

    assert names(both.expected[:4]) == names(both.actual[:4])
    assert names(both.expected[:4]) == (("float16", "bfloat16", "bfloat16", "float16", "float16", "bfloat16"),
                                        ("float16", "bfloat16"), "float16", "bfloat16")
    assert both.expected[4:] == both.actual[4:] == (True, False, False, False, False)


def test_switching_autocast_on_is_reported():
    from torch2jittor import convert_source

    result = convert_source("import torch\ntorch.set_autocast_enabled('cpu', True)\n")
    assert [d.api for d in result.unsupported] == ["torch.set_autocast_enabled"]


COVERED |= set(AUTOCAST_STATE_KEYS)
