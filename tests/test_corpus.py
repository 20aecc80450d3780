"""The whole installed torchvision and timm: no crash, every output parses, idempotent, and the
converted code never refers to a name that nothing binds."""
import subprocess
import sys

import pytest
from conftest import require

from torch2jittor.tools.corpus import run_package


@pytest.mark.parametrize("package, min_files", [("torchvision", 150), ("timm", 250)])
def test_corpus_package_is_clean(package, min_files):
    require(package.split(".")[0])  # a missing package fails in CI, skips elsewhere
    report = run_package(package)
    print(f"\n{package}: {report.files} files, {report.lines} lines, {report.lines / report.seconds:.0f} lines/s, "
          f"convert rate {report.convert_rate:.1%}")
    assert report.files >= min_files
    assert report.crashed == []
    assert report.unparseable == []
    assert report.not_idempotent == []
    assert report.unbound == []
    assert report.converted_uses > 1000


def test_corpus_command_exit_code_and_summary():
    proc = subprocess.run([sys.executable, "-m", "torch2jittor.tools.corpus", "--packages", "torchvision"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.splitlines()[0].split()[:3] == ["package", "files", "lines"]
    assert proc.stdout.splitlines()[1].startswith("torchvision")
