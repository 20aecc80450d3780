"""User code that imports torchvision.models, converted by the CLI and run with torch and
torchvision unimportable: builders reached through every import form, pretrained weights read
from $TORCH_HOME/hub/checkpoints/ (the file PyTorch would load; here a small one PyTorch wrote),
the weights' preprocessing, and the errors when a checkpoint or torchvision itself is missing."""
import os
import subprocess
import sys

import numpy as np
import pytest

from torch2jittor import convert_source, torchvision_package
from torch2jittor.cli import main as cli_main
from torch2jittor.tools.torchvision_models import ALL_BUILDER_FILE

SCRIPT = '''\
import sys

import numpy as np
import torch
import torchvision.models as models
from PIL import Image
from torchvision import models as tv_models
from torchvision.models import squeezenet1_1, SqueezeNet1_1_Weights

x = torch.from_numpy(np.load(sys.argv[1]))
built = {
    "enum": squeezenet1_1(weights=SqueezeNet1_1_Weights.IMAGENET1K_V1),
    "default": tv_models.squeezenet1_1(weights="DEFAULT"),
    "pretrained": models.__dict__["squeezenet1_1"](pretrained=True),
}
out = {}
for name, model in built.items():
    model.eval()
    with torch.no_grad():
        out[name] = model(x).numpy()
image = Image.fromarray((np.load(sys.argv[1])[0].transpose(1, 2, 0) * 255).astype(np.uint8))
out["transforms"] = SqueezeNet1_1_Weights.IMAGENET1K_V1.transforms()(image).numpy()
out["builders"] = np.array(sorted(name for name in models.__dict__
                                  if name.islower() and not name.startswith("__") and callable(models.__dict__[name])))
np.savez(sys.argv[2], **out)
'''

NO_TORCH = '''\
import importlib.abc, os, runpy, sys

class NoTorch(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if fullname.split(".")[0] in ("torch", "torchvision"):
            raise ImportError(fullname + " cannot be imported here")

sys.meta_path.insert(0, NoTorch())
script = sys.argv[1]
sys.argv = sys.argv[1:]
sys.path.insert(0, os.path.dirname(os.path.abspath(script)))  # as `python script.py` does
runpy.run_path(script, run_name="__main__")
'''

CHECKPOINT = "squeezenet1_1-b8a52dc0.pth"  # the file name of SqueezeNet1_1_Weights.IMAGENET1K_V1's url


def _env(torch_home):
    env = dict(os.environ, TORCH_HOME=str(torch_home))
    env.setdefault("nvcc_path", "")
    env.setdefault("log_silent", "1")
    env.setdefault("use_parallel_op_compiler", "0")
    return env


@pytest.fixture(scope="module")
def converted(tmp_path_factory, torch):
    """(PyTorch script, converted script, TORCH_HOME with a PyTorch-written checkpoint, input file)."""
    import torchvision

    root = tmp_path_factory.mktemp("tv_models")
    (root / "pt").mkdir()
    (root / "pt" / "use_models.py").write_text(SCRIPT)
    assert cli_main(["convert", str(root / "pt"), "-o", str(root / "jt"), "-q", "--no-progress"]) == 0
    assert (root / "jt" / "t2j_torchvision" / "models" / "squeezenet.py").is_file()
    home = root / "torch_home"
    (home / "hub" / "checkpoints").mkdir(parents=True)
    assert os.path.basename(torchvision.models.SqueezeNet1_1_Weights.IMAGENET1K_V1.url) == CHECKPOINT
    torch.manual_seed(0)
    torch.save(torchvision.models.squeezenet1_1().state_dict(), home / "hub" / "checkpoints" / CHECKPOINT)
    x = np.random.RandomState(0).random_sample((1, 3, 64, 64)).astype(np.float32)
    np.save(root / "x.npy", x)
    return root / "pt" / "use_models.py", root / "jt" / "use_models.py", home, root / "x.npy"


def test_converted_builders_load_pytorch_checkpoint(converted, tmp_path, jittor):
    pt_script, jt_script, home, x = converted
    subprocess.run([sys.executable, str(pt_script), str(x), str(tmp_path / "pt.npz")], env=_env(home), check=True)
    run = subprocess.run([sys.executable, "-c", NO_TORCH, str(jt_script), str(x), str(tmp_path / "jt.npz")],
                         env=_env(home), capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-3000:]
    pt, jt = np.load(tmp_path / "pt.npz"), np.load(tmp_path / "jt.npz")
    for name in ("enum", "default", "pretrained"):
        # the checkpoint's weights, not a fresh initialisation: both outputs agree
        np.testing.assert_allclose(jt[name], pt[name], rtol=1e-4, atol=1e-5, err_msg=name)
    np.testing.assert_allclose(jt["transforms"], pt["transforms"], atol=1e-6)
    assert jt["transforms"].shape == pt["transforms"].shape == (3, 224, 224)
    # `models.__dict__` lists every classification builder, as torchvision.models' does
    assert set(ALL_BUILDER_FILE) <= set(jt["builders"]) <= set(pt["builders"])


def test_missing_checkpoint_names_the_file(converted, tmp_path, jittor):
    _, jt_script, _, x = converted
    run = subprocess.run([sys.executable, "-c", NO_TORCH, str(jt_script), str(x), str(tmp_path / "jt.npz")],
                         env=_env(tmp_path / "empty_home"), capture_output=True, text=True)
    assert run.returncode != 0
    assert os.path.join(str(tmp_path / "empty_home"), "hub", "checkpoints", CHECKPOINT) in run.stderr
    assert "does not download" in run.stderr


def test_torchvision_missing_at_conversion_is_reported(monkeypatch):
    monkeypatch.setattr(torchvision_package, "torchvision_dir", lambda: None)
    result = convert_source("import torchvision.models as models\nnet = models.resnet18()\n", filename="a.py")
    shown = [d.format("a.py") for d in result.diagnostics]
    assert shown[0].startswith("a.py:1:1: unsupported-api: torchvision.models is not supported (torchvision is not installed")
    assert shown[1].startswith("a.py:2:7: unsupported-api: torchvision.models.resnet18 is not supported (torchvision")
    assert "torchvision_models" not in result.helpers
    assert "models.resnet18()  # torch2jittor: unsupported" in result.code


def test_verify_builds_a_model_from_torchvision_builders(tmp_path, torch, jittor, capsys):
    (tmp_path / "net.py").write_text(
        "import torchvision\n\n\ndef build():\n    return torchvision.models.mobilenet_v3_small(num_classes=10)\n")
    assert cli_main(["verify", f"{tmp_path / 'net.py'}:build", "--input-shape", "2,3,64,64"]) == 0
    assert "PASS" in capsys.readouterr().out
