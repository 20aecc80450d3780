"""`torch.save(model)` of a whole model and `torch.load` of it (super_resolution's checkpoint and
super_resolve.py), in both frameworks: the loaded model gives the output the saved one gave.

Jittor's activation layers made by `make_module` (nn.ReLU, nn.GELU, ...) are local classes pickle
cannot name, and a layer called with PyTorch's arguments is an `adapt_args` subclass built at run
time; the helper's save names both by where they are found again (runtime serialization.py).
The model's file is a module on sys.path, as a script's model.py is: pickle names its class.
"""
import importlib
import os
import subprocess
import sys

import numpy as np
import pytest
from parity import assert_same, convert_checked, exec_code, helper_module, to_jittor, to_torch

pytestmark = pytest.mark.frameworks

COVERED = {"torch.serialization.safe_globals", "torch.serialization.add_safe_globals"}

SOURCE = '''
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(inplace=True),
                                  nn.Conv2d(8, 4, 3, padding=1), nn.GELU())
        self.act = nn.LeakyReLU(0.1)
        self.relu = nn.ReLU()
        self.shuffle = nn.PixelShuffle(2)

    def forward(self, x):
        return self.shuffle(self.relu(self.act(self.body(x))))


def save_and_load(model, path):
    torch.save(model, path)
    return torch.load(path, weights_only=False)


def load_allowing(path):
    """super_resolve.py's way: the classes a weights-only load may build, listed."""
    torch.serialization.add_safe_globals([Net])
    with open(path, "rb") as f:
        classes = [torch.nn.Sequential, torch.nn.modules.conv.Conv2d, torch.nn.BatchNorm2d,
                   torch.nn.modules.activation.ReLU, torch.nn.GELU, torch.nn.LeakyReLU,
                   torch.nn.modules.pixelshuffle.PixelShuffle]
        with torch.serialization.safe_globals(classes):
            return torch.load(f)
'''


def _module(folder, name, code):
    (folder / f"{name}.py").write_text(code)
    sys.path.insert(0, str(folder))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(folder))


def test_whole_model_saved_and_loaded_gives_the_same_output(torch, jittor, tmp_path):
    (tmp_path / "pt").mkdir()
    (tmp_path / "jt").mkdir()
    pt = _module(tmp_path / "pt", "whole_model_pt", SOURCE)
    helper_module()  # converted code imports jittor_compat
    jt = _module(tmp_path / "jt", "whole_model_jt", convert_checked(SOURCE))
    x = np.random.RandomState(0).standard_normal((2, 1, 6, 6)).astype(np.float32)

    torch.manual_seed(0)
    pt_model = pt.Net().eval()
    jt_model = jt.Net()
    jt_model.load_parameters({k: v.numpy() for k, v in pt_model.state_dict().items()})
    jt_model.eval()
    with torch.no_grad():
        expected = pt_model(to_torch(x))
    for side, module, model, arg in (("pt", pt, pt_model, to_torch(x)), ("jt", jt, jt_model, to_jittor(x))):
        path = str(tmp_path / side / "model.pth")
        loaded = module.save_and_load(model, path)
        assert type(loaded) is module.Net and loaded is not model
        again = module.load_allowing(path)
        for m in (loaded, again):
            m.eval()
            out = m(arg)
            if side == "pt":
                assert torch.equal(out, expected)
            else:
                assert_same(expected, out, atol=1e-5, rtol=1e-5)


def test_whole_model_file_loads_with_jittor_alone(jittor, tmp_path):
    """The file names the classes it holds where they are found (Jittor's, the helper package's, the
    model's own): plain pickle reads it back in a fresh process where torch cannot be imported."""
    helper = helper_module()
    folder = tmp_path / "jt"
    folder.mkdir()
    jt = _module(folder, "whole_model_alone", convert_checked(SOURCE))
    model = jt.Net()
    model.eval()
    path = str(folder / "model.pth")
    helper.save(model, path)
    x = np.ones((1, 1, 4, 4), np.float32)
    expected = model(jittor.array(x)).numpy()
    np.save(str(folder / "expected.npy"), expected)
    script = f"""
import sys, pickle, importlib.abc
import numpy as np
class NoTorch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("torch", "torchvision"):
            raise ImportError(name)
sys.meta_path.insert(0, NoTorch())
sys.path.insert(0, {str(folder)!r})
import jittor as jt
with open({path!r}, "rb") as f:
    model = pickle.load(f)
model.eval()
out = model(jt.array(np.ones((1, 1, 4, 4), np.float32))).numpy()
assert np.allclose(out, np.load({str(folder / "expected.npy")!r}), atol=1e-6), "outputs differ"
print("ok", type(model).__name__)
"""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0 and "ok Net" in proc.stdout, proc.stdout[-2000:] + proc.stderr[-4000:]


CHECKPOINT_SOURCE = '''
import torch


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = torch.nn.Linear(3, 2)

    def forward(self, x):
        return self.lin(x) * 2.0


def save_and_load(folder):
    model = Net()
    state = {"model": model.state_dict(), "epoch": 7, "history": [0.5, 0.25], "ids": torch.arange(3)}
    torch.save(state, folder + "/ckpt.pt")
    back = torch.load(folder + "/ckpt.pt", map_location="cpu", weights_only=False)
    return (back["epoch"], back["history"], back["ids"], back["ids"].dtype == torch.int64, sorted(back["model"]),
            torch.equal(back["model"]["lin.weight"], model.lin.weight.detach()))


def load_from(path):
    """Load a checkpoint PyTorch wrote (its zip format) into a model."""
    model = Net()
    model.load_state_dict(torch.load(path, map_location="cpu"))
    return model(torch.ones(1, 3)), model.lin.weight
'''


def test_checkpoint_round_trip_and_a_file_pytorch_wrote(torch, jittor, tmp_path):
    pt_ns, jt_ns = exec_code(CHECKPOINT_SOURCE, "ckpt_pt.py"), exec_code(convert_checked(CHECKPOINT_SOURCE), "ckpt_jt.py")
    (tmp_path / "pt").mkdir()
    (tmp_path / "jt").mkdir()
    # each framework's own save/load round trip keeps values, dtypes and the state_dict's tensors
    assert_same(pt_ns["save_and_load"](str(tmp_path / "pt")), jt_ns["save_and_load"](str(tmp_path / "jt")), atol=0, rtol=0)
    torch.manual_seed(1)
    torch.save(pt_ns["Net"]().state_dict(), str(tmp_path / "torch_written.pth.tar"))  # zip format, any name
    expected, weight = pt_ns["load_from"](str(tmp_path / "torch_written.pth.tar"))
    actual, jt_weight = jt_ns["load_from"](str(tmp_path / "torch_written.pth.tar"))
    assert_same(weight, jt_weight, atol=0, rtol=0)
    assert_same(expected, actual, atol=0, rtol=1e-6)


COVERED |= {"torch.save", "torch.load"}
