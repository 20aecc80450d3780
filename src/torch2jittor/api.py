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
    siblings: Mapping[str, Mapping[str, str]] | None = None,
    helper_levels_up: int = 0,
) -> ConversionResult:
    """Convert PyTorch source; returns the Jittor code plus structured diagnostics.

    `extra_mapping`: user entries in the seed's schema (e.g. from `load_mapping_file`), which win
    over the built-in table. `package`: the file's dotted package (e.g. `torchvision.models`), so
    relative imports resolve. `siblings`: for the other modules converted with this one (see
    `torch2jittor.project.torch_names_by_module`), the torch names each binds at module level, so a
    name this file imports from them (`from .activations import *` bringing `F`) is known as torch.
    Raises `ConversionError` for input that is not valid Python.
    If `result.helpers` is not empty, the code imports the helper package `jittor_compat`:
    write it with `write_helper_module(folder)` into the code's folder or, for one copy shared by a
    whole converted tree, into the folder `helper_levels_up` levels above the code's folder (the
    tree's root): the import then reaches it from a subpackage or from a script run directly.
    If it holds "torchvision_models", the code uses torchvision's model builders: write their
    converted package beside the helper package with `write_torchvision_models(folder)`.
    """
    return convert_file(pytorch_code, table_with(extra_mapping), filename, package, dict(siblings) if siblings else None,
                        helper_levels_up)


def convert(pytorch_code: str, extra_mapping: Mapping[str, dict] | None = None) -> str:
    """The seed's API: PyTorch source in, Jittor source out."""
    return convert_source(pytorch_code, extra_mapping=extra_mapping).code


HELPER_PACKAGE = "jittor_compat"


def helper_package_files() -> dict[str, bytes]:
    """Every file of the helper package converted code imports as `jittor_compat` (the folder
    runtime/jittor_compat/), keyed by its path relative to the folder that holds the package."""
    from importlib import resources

    files: dict[str, bytes] = {}

    def walk(folder, prefix: str) -> None:
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.is_dir():
                if entry.name != "__pycache__":
                    walk(entry, f"{prefix}/{entry.name}")
            elif entry.name.endswith(".py"):
                files[f"{prefix}/{entry.name}"] = entry.read_bytes()

    walk(resources.files("torch2jittor") / "runtime" / HELPER_PACKAGE, HELPER_PACKAGE)
    return files


def write_torchvision_models(folder: str) -> str:
    """Write `t2j_torchvision/` into `folder` (beside `jittor_compat/`): the classification
    families of the installed torchvision, converted from its files, which converted code reaches
    as `t2j.torchvision_models`. Returns its path; raises RuntimeError without torchvision."""
    from .torchvision_package import write_package

    return write_package(folder)


def write_helper_module(folder: str) -> str:
    """Write the helper package `jittor_compat/` into `folder` and return its path.

    Each file is written atomically with the usual permissions, and left untouched when it is
    already identical, so converting again changes nothing.
    """
    import os

    from .files import atomic_write

    for relative, data in helper_package_files().items():
        path = os.path.join(folder, *relative.split("/"))
        if os.path.isfile(path):
            with open(path, "rb") as fh:
                if fh.read() == data:
                    continue
        atomic_write(path, data)
    return os.path.join(folder, HELPER_PACKAGE)
