"""A converted tree gets one helper package, at its root, and every converted file imports it:
from a subpackage (`python -m pkg.sub.mod`), from a package that is the root itself, and from a
script in a plain subfolder run directly (`python sub/script.py`)."""
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.frameworks

# max_pool1d is a helper (t2j.max_pool1d): the converted file needs jittor_compat.
USES_HELPER = (
    "import torch\n"
    "import torch.nn.functional as F\n"
    "\n"
    "def pooled():\n"
    "    return F.max_pool1d(torch.ones(1, 2, 6), 2).shape\n"
)


def _write(root, files):
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def _convert(src, out):
    proc = subprocess.run([sys.executable, "-m", "torch2jittor.cli", "convert", str(src), "-o", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return sorted(str(p.relative_to(out)) for p in out.rglob("jittor_compat") if p.is_dir())


def _run(args, cwd):
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)  # the converted tree must stand on its own
    proc = subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=600, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout.strip()


def test_subpackages_import_the_one_copy_at_the_root(tmp_path, jittor):
    src, out = tmp_path / "src", tmp_path / "out"
    _write(src, {
        "pkg/__init__.py": "",
        "pkg/layers/__init__.py": "",
        "pkg/layers/deep/__init__.py": "",
        "pkg/layers/deep/ops.py": USES_HELPER,
        "pkg/main.py": "from .layers.deep.ops import pooled\n\nprint(list(pooled()))\n",
        "pkg/top.py": USES_HELPER + "\nprint(list(pooled()))\n",
    })
    assert _convert(src, out) == ["jittor_compat"]
    assert "from ... import jittor_compat as t2j" not in (out / "pkg/layers/deep/ops.py").read_text()
    assert _run(["-m", "pkg.main"], out) == "[1, 2, 3]"
    assert _run(["-m", "pkg.top"], out) == "[1, 2, 3]"
    assert _run([str(out / "pkg/layers/deep/ops.py")], tmp_path) == ""  # as a script, from elsewhere


def test_a_root_that_is_a_package_is_reached_by_a_relative_import(tmp_path, jittor):
    src, out = tmp_path / "src", tmp_path / "out"
    _write(src, {
        "__init__.py": "",
        "sub/__init__.py": "",
        "sub/ops.py": USES_HELPER,
        "main.py": "from .sub.ops import pooled\n\nprint(list(pooled()))\n",
    })
    assert _convert(src, out) == ["jittor_compat"]
    assert "from .. import jittor_compat as t2j" in (out / "sub/ops.py").read_text()
    assert _run(["-m", "out.main"], tmp_path) == "[1, 2, 3]"


def test_scripts_in_plain_subfolders_find_the_root_copy(tmp_path, jittor):
    src, out = tmp_path / "src", tmp_path / "out"
    script = USES_HELPER + "\nprint(list(pooled()))\n"
    _write(src, {"train.py": script, "examples/mnist/main.py": script, "examples/dcgan/main.py": script})
    assert _convert(src, out) == ["jittor_compat"]
    assert (out / "train.py").read_text().count("jittor_compat") == 2  # the single-file import, unchanged
    assert _run(["examples/mnist/main.py"], out) == "[1, 2, 3]"
    assert _run(["main.py"], out / "examples/dcgan") == "[1, 2, 3]"
    assert _run(["train.py"], out) == "[1, 2, 3]"
