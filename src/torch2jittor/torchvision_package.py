"""torchvision.models for converted code: the installed torchvision's model files, converted.

Code that uses torchvision's model builders (`import torchvision.models as models`,
`from torchvision.models import resnet18, ResNet18_Weights`, `torchvision.models.vgg16(...).features`)
converts to code that reaches the same names through the helper package, `t2j.torchvision_models.<name>`.
That attribute is the package `t2j_torchvision/` the converter writes beside `jittor_compat/`: the
classification families of the torchvision installed where the converter runs, converted from its
own files (no torchvision code is part of torch2jittor). The names it provides are read from those
files (their `__all__`), so a name torchvision does not export there, or a subpackage that is not
converted (`torchvision.models.detection`), stays reported. Without torchvision installed at
conversion time no name is provided and the import is reported.
"""
from __future__ import annotations

import ast
import importlib.util
import os
from functools import lru_cache

PACKAGE = "t2j_torchvision"  # folder written beside jittor_compat/
HELPER_ATTRIBUTE = "torchvision_models"  # t2j.<this>: the converted package's `models` module
NEEDED = "torchvision_models"  # in ConversionResult.helpers when the package must be written
PREFIX = "torchvision.models"

# torchvision.models._api's public functions and classes: the helper package provides them
# (runtime/jittor_compat/torchvision/models.py), the converted package's __init__ re-exports them.
API_NAMES = ("get_model", "get_model_builder", "get_model_weights", "get_weight", "list_models",
             "Weights", "WeightsEnum")
# Module attributes a package has as any module does (`models.__dict__`, `models.__name__`).
MODULE_ATTRIBUTES = frozenset({"__dict__", "__name__", "__all__", "__file__", "__doc__", "__package__"})


def torchvision_dir() -> str | None:
    """Folder of the installed torchvision package, found without importing it (None if absent)."""
    try:
        spec = importlib.util.find_spec("torchvision")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return list(spec.submodule_search_locations)[0]


def family_files() -> list[str]:
    """The torchvision/models/<family>.py files converted (every classification family)."""
    from .tools.torchvision_models import ALL_FAMILIES

    return list(ALL_FAMILIES)


def _module_names(path: str) -> tuple[list[str], set[str]]:
    """A torchvision model file's `__all__` and every name it binds at module level."""
    try:
        with open(path, "rb") as fh:
            tree = ast.parse(fh.read())
    except (OSError, SyntaxError, ValueError):
        return [], set()
    exported, bound = [], set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                if isinstance(t, ast.Name):
                    bound.add(t.id)
                    if t.id == "__all__" and isinstance(node.value, (ast.List, ast.Tuple)):
                        exported += [e.value for e in node.value.elts
                                     if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound.update((a.asname or a.name).split(".")[0] for a in node.names if a.name != "*")
    return exported, bound


@lru_cache(maxsize=None)
def _provided(folder: str) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """(names of the converted `models` package, {module file: names it binds})."""
    names, modules = set(API_NAMES), {}
    for module in family_files() + ["_utils"]:
        exported, bound = _module_names(os.path.join(folder, "models", f"{module}.py"))
        if bound:
            names.update(exported)
            modules[module] = frozenset(bound)
    return frozenset(names), modules


def exported_names() -> frozenset[str] | None:
    """Names `torchvision.models.<name>` the converted package provides; None without torchvision."""
    folder = torchvision_dir()
    return None if folder is None else _provided(folder)[0]


def is_module(qualname: str) -> bool:
    """`torchvision.models` or one of its converted files (`torchvision.models.resnet`)."""
    if qualname == PREFIX:
        return True
    folder = torchvision_dir() if qualname.startswith(PREFIX + ".") else None
    return folder is not None and qualname[len(PREFIX) + 1:] in _provided(folder)[1]


def entry_for(qualname: str) -> dict | None:
    """A table entry (seed schema) for `torchvision.models[.<name>[...]]` when the converted
    package provides `<name>` (or its file `<module>` binds `<name>`: `torchvision.models.resnet.BasicBlock`):
    the same name under `t2j.torchvision_models`, arguments as given."""
    if qualname != PREFIX and not qualname.startswith(PREFIX + "."):
        return None
    folder = torchvision_dir()
    if folder is None:
        return None
    names, modules = _provided(folder)
    parts = qualname[len(PREFIX) + 1:].split(".") if qualname != PREFIX else []
    rest = ".".join(parts)
    if parts and not (parts[0] in names or rest in MODULE_ATTRIBUTES
                      or (parts[0] in modules and (len(parts) == 1 or parts[1] in modules[parts[0]]))):
        return None
    name = ".".join(p for p in (HELPER_ATTRIBUTE, rest) if p)
    args = "*args, **kwargs"  # a builder, class or method takes the call's arguments as written
    return {
        "pytorch": {"args": args},
        "jittor": {"module": "t2j", "name": name, "args": args},
        "links": {}, "extras": {}, "delete": [],
    }


def missing_reason(qualname: str) -> str | None:
    """Why `torchvision.models...` is not converted, when it is for want of torchvision."""
    if (qualname == PREFIX or qualname.startswith(PREFIX + ".")) and torchvision_dir() is None:
        return ("torchvision is not installed where the converter runs: torchvision.models is converted "
                "from the installed torchvision's own files")
    return None


def write_package(folder: str) -> str:
    """Write `folder/t2j_torchvision/` (the converted classification families, with their support
    files and a `models/__init__.py` exporting what torchvision.models exports of them) beside
    the helper package `folder/jittor_compat/`. Returns the package's path."""
    from .files import atomic_write
    from .tools.torchvision_models import SUPPORT_FILES, convert_torchvision_files

    if torchvision_dir() is None:
        raise RuntimeError("torchvision is not installed: its model files are the input here")
    families = family_files()
    convert_torchvision_files(families, folder, SUPPORT_FILES, shared_helper=True)
    lines = [
        '"""torchvision.models\' classification builders, converted from the torchvision installed where\n'
        'torch2jittor ran (its own files: see each module). Imported by the helper package as\n'
        't2j.torchvision_models."""\n',
    ]
    lines += [f"from .{family} import *  # noqa: F401,F403\n" for family in families]
    # The helper package's one instance (it keeps every optimizer's gradients): jittor_compat's
    # loader makes it importable under this name before it imports this package.
    lines.append("import jittor_compat as _t2j\n\n")
    lines += [f"{name} = _t2j.{name}\n" for name in API_NAMES]
    target = os.path.join(folder, PACKAGE, "models", "__init__.py")
    atomic_write(target, "".join(lines).encode("utf-8"))
    return os.path.join(folder, PACKAGE)
