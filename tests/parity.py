"""Run PyTorch code and its conversion side by side on the same input."""
from __future__ import annotations

import numpy as np

from torch2jittor import convert_source


def seed_relative_error(pytorch_out, jittor_out) -> float:
    """The seed's formula: mean(|x - y| / |y|) on outputs shifted by +1."""
    x = np.asarray(pytorch_out, dtype=np.float64) + 1
    y = np.asarray(jittor_out, dtype=np.float64) + 1
    return float((np.abs(x - y) / np.abs(y)).mean())


_HELPER_DIR: list[str] = []


def _ensure_helper_module() -> None:
    """Converted code may import the helper module jittor_compat: put it on sys.path once."""
    if not _HELPER_DIR:
        import sys
        import tempfile

        from torch2jittor import write_helper_module

        folder = tempfile.mkdtemp(prefix="t2j-helper-")
        write_helper_module(folder)
        sys.path.insert(0, folder)
        _HELPER_DIR.append(folder)


def exec_code(code: str, filename: str, namespace: dict | None = None) -> dict:
    if "jittor_compat" in code:
        _ensure_helper_module()
    ns = {"__name__": filename.replace(".py", "")}
    ns.update(namespace or {})
    exec(compile(code, filename, "exec"), ns)
    return ns


def convert_checked(code: str):
    """Convert and check the Jittor code no longer depends on torch."""
    result = convert_source(code)
    assert not result.unsupported, [d.format() for d in result.unsupported]
    for line in result.code.splitlines():
        stripped = line.split("#", 1)[0]
        assert "torch" not in stripped, f"converted code still uses torch: {line!r}"
    return result.code


def to_numpy(value):
    if hasattr(value, "detach"):
        return value.detach().cpu().numpy()
    if hasattr(value, "numpy"):
        return value.numpy()
    return np.asarray(value)
