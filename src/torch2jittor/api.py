"""Public entry points."""
from __future__ import annotations

from typing import Mapping

from .diagnostics import ConversionResult
from .engine import convert_file
from .mapping import table_with


def convert_source(
    pytorch_code: str,
    *,
    filename: str = "<string>",
    extra_mapping: Mapping[str, dict] | None = None,
    package: str | None = None,
) -> ConversionResult:
    """Convert PyTorch source; returns the Jittor code plus structured diagnostics.

    `extra_mapping`: user entries in the seed's schema (e.g. from `load_mapping_file`), which win
    over the built-in table. `package`: the file's dotted package (e.g. `torchvision.models`), so
    relative imports resolve. Raises `ConversionError` for input that is not valid Python.
    If `result.helpers` is not empty, the code imports the helper module `jittor_compat`:
    write it next to the code with `write_helper_module(folder)`.
    """
    return convert_file(pytorch_code, table_with(extra_mapping), filename, package)


def convert(pytorch_code: str, extra_mapping: Mapping[str, dict] | None = None) -> str:
    """The seed's API: PyTorch source in, Jittor source out."""
    return convert_source(pytorch_code, extra_mapping=extra_mapping).code


HELPER_MODULE_NAME = "jittor_compat.py"


def helper_module_source() -> str:
    """Source of the helper module that converted code importing `jittor_compat` needs.

    It is runtime/jittor_compat.py followed by every runtime/compat_*.py part (each part
    self-contained, imports included), so features add helpers without touching one shared file.
    """
    from importlib import resources

    folder = resources.files("torch2jittor") / "runtime"
    parts = [folder / HELPER_MODULE_NAME] + sorted(
        (p for p in folder.iterdir() if p.name.startswith("compat_") and p.name.endswith(".py")), key=lambda p: p.name
    )
    return "\n\n".join(p.read_text(encoding="utf-8").rstrip("\n") for p in parts) + "\n"


def write_helper_module(folder: str) -> str:
    """Write `jittor_compat.py` into `folder` (atomically; kept if already identical)."""
    import os

    from .files import atomic_write

    path = os.path.join(folder, HELPER_MODULE_NAME)
    text = helper_module_source()
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            if fh.read() == text:
                return path
    atomic_write(path, text.encode("utf-8"))
    return path
