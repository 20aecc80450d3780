import os
import sys

import pytest

# Jittor must stay off CUDA here (nvcc exists without a GPU) and quiet.
os.environ.setdefault("nvcc_path", "")
os.environ.setdefault("log_silent", "1")
# Jittor's parallel op compiler (a thread pool) segfaulted and deadlocked test runs here.
os.environ.setdefault("use_parallel_op_compiler", "0")

sys.path.insert(0, os.path.dirname(__file__))

IN_CI = bool(os.environ.get("CI") or os.environ.get("T2J_REQUIRE_FRAMEWORKS"))


def require(module_name: str):
    """Import a framework; in CI a missing framework is a failure, never a silent skip."""
    try:
        return __import__(module_name)
    except ImportError as exc:
        if IN_CI:
            pytest.fail(f"{module_name} is required in CI but cannot be imported: {exc}")
        pytest.skip(f"{module_name} not installed (run scripts/setup.sh)")


@pytest.fixture(scope="session")
def torch():
    return require("torch")


@pytest.fixture(scope="session")
def jittor():
    jt = require("jittor")
    jt.flags.use_cuda = 0
    return jt
