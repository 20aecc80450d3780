"""What the files converted together know of each other: the torch names each module binds.

A module that does `import torch.nn.functional as F` gives `F` to every `from .that_module import *`
(timm's `create_act.py` uses `F.relu` that way): converting files one by one, the importer would not
know that `F` is torch. Before a directory is converted, each module's module-level torch bindings
are collected here and handed to every file's conversion.
"""
from __future__ import annotations

import ast
import os

from .resolve import ScopeBuilder


def infer_package(path: str) -> str | None:
    """Dotted package of a file from the __init__.py files above it, for relative imports."""
    parts = []
    folder = os.path.dirname(os.path.abspath(path))
    while os.path.isfile(os.path.join(folder, "__init__.py")):
        parts.append(os.path.basename(folder))
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    return ".".join(reversed(parts)) or None


def module_name(path: str) -> str | None:
    """`timm.layers.activations` for .../timm/layers/activations.py (None outside a package)."""
    package = infer_package(path)
    if package is None:
        return None
    stem = os.path.splitext(os.path.basename(path))[0]
    return package if stem == "__init__" else f"{package}.{stem}"


def torch_names_by_module(paths) -> dict[str, dict[str, str]]:
    """module -> {name: torch qualname} for the module-level names bound only by torch imports,
    including those a module gets through a star import of another of these modules."""
    found: dict[str, dict[str, str]] = {}
    trees: dict[str, tuple[ast.Module, str | None]] = {}
    for path in paths:
        name = module_name(path)
        if name is None or not path.endswith(".py"):
            continue
        try:
            with open(path, "rb") as fh:
                trees[name] = (ast.parse(fh.read()), infer_package(path))
        except (OSError, SyntaxError, ValueError):
            continue
    # Star imports chain (`layers/__init__` re-exports `activations`): a few rounds reach a fixpoint.
    for _ in range(4):
        changed = False
        for name, (tree, package) in trees.items():
            builder = ScopeBuilder(package, found)
            scope = builder.build(tree)
            names = {n: b[0].qualname for n, b in scope.bindings.items()
                     if b and all(x.qualname is not None and not x.soft for x in b)
                     and len({x.qualname for x in b}) == 1}
            if names != found.get(name):
                found[name] = names
                changed = True
        if not changed:
            break
    return {k: v for k, v in found.items() if v}
