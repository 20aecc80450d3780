"""The helper package jittor_compat (runtime/jittor_compat/) that converted code imports as t2j:
its export list, each file lint-clean on its own, and how the converter writes it."""
from __future__ import annotations

import ast
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import torch2jittor
from torch2jittor.api import helper_package_files, write_helper_module
from torch2jittor.mapping import pjmap

PACKAGE = Path(torch2jittor.__file__).parent / "runtime" / "jittor_compat"
FILES = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _exports() -> list[str]:
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and [t.id for t in node.targets] == ["__all__"]:
            return ast.literal_eval(node.value)
    raise AssertionError("jittor_compat/__init__.py has no __all__")


def _imported_in_init() -> dict[str, str]:
    """name -> the module (dotted, relative to the package) __init__.py imports it from."""
    out = {}
    for node in ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            for alias in node.names:
                out[alias.asname or alias.name] = node.module
    return out


def _defined_public(path: Path) -> set[str]:
    names = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                names |= {n.id for n in ast.walk(target) if isinstance(n, ast.Name)}
    return {n for n in names if not n.startswith("_")}


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE).with_suffix("").parts)


def test_exports_every_name_the_single_file_module_exported():
    listed = Path(__file__).parent / "data" / "jittor_compat_exports.txt"
    old = {line for line in listed.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")}
    assert len(old) > 500
    assert sorted(old - set(_exports())) == []


def test_all_lists_exactly_what_init_imports_and_each_name_once():
    exports = _exports()
    assert len(exports) == len(set(exports))
    assert sorted(exports) == sorted(_imported_in_init())


def test_every_public_name_of_every_module_is_exported_from_where_it_is_defined():
    """A public name defined in two modules would leave one of them unreachable as t2j.<name>. A
    module exported as a namespace (`t2j.constraints.real`, as torch.distributions.constraints) keeps
    its names to itself."""
    imported = _imported_in_init()
    namespaces = {PACKAGE.joinpath(*module.split("."), name + ".py") for name, module in imported.items()}
    defined_in: dict[str, list[str]] = {}
    for path in FILES:
        if path.name != "__init__.py" and not path.name.startswith("_") and path not in namespaces:
            for name in _defined_public(path):
                defined_in.setdefault(name, []).append(_module_name(path))
    assert {n: m for n, m in defined_in.items() if len(m) > 1} == {}
    assert {n: m[0] for n, m in defined_in.items() if imported.get(n) != m[0]} == {}


def test_no_export_is_named_like_a_submodule():
    """`t2j.tensor` is a function; a submodule of that name would replace it once imported."""
    submodules = {p.stem for p in PACKAGE.glob("*.py")} | {p.name for p in PACKAGE.iterdir() if p.is_dir()}
    assert sorted(submodules & set(_exports())) == []


def test_every_helper_entry_of_the_mapping_table_is_exported():
    exports = set(_exports())
    helpers = {key: raw["jittor"]["name"] for key, raw in pjmap.items() if raw["jittor"].get("module") == "t2j"}
    assert len(helpers) > 400
    missing = sorted(f"{key} -> t2j.{name}" for key, name in helpers.items() if name.split(".")[0] not in exports)
    assert missing == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_file_passes_pyflakes_on_its_own(path):
    out = subprocess.run([sys.executable, "-m", "pyflakes", str(path)], capture_output=True, text=True)
    assert (out.returncode, out.stdout + out.stderr) == (0, "")


def test_files_import_only_jittor_numpy_the_stdlib_and_each_other():
    # PIL: torchvision's datasets and transforms work on PIL images; Jittor itself requires pillow.
    allowed = {"jittor", "jittor_utils", "numpy", "PIL"} | set(sys.stdlib_module_names)
    found = set()
    for path in FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {(path.name, a.name.split(".")[0]) for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                found.add((path.name, node.module.split(".")[0]))
    assert sorted((f, m) for f, m in found if m not in allowed) == []


def test_write_helper_module_copies_the_package_with_plain_modes_and_keeps_identical_files(tmp_path):
    package = write_helper_module(str(tmp_path))
    assert package == str(tmp_path / "jittor_compat")
    written = sorted(str(p.relative_to(tmp_path)).replace(os.sep, "/") for p in tmp_path.rglob("*.py"))
    assert written == sorted(helper_package_files()) and len(written) == len(FILES)
    umask = os.umask(0)
    os.umask(umask)
    modes = {stat.S_IMODE(p.stat().st_mode) for p in tmp_path.rglob("*.py")}
    assert modes == {0o666 & ~umask}
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*.py")}
    os.utime(tmp_path / "jittor_compat" / "__init__.py", ns=(1, 1))
    write_helper_module(str(tmp_path))
    assert (tmp_path / "jittor_compat" / "__init__.py").stat().st_mtime_ns == 1
    assert {p: p.stat().st_mtime_ns for p in before if p.name != "__init__.py"} == {
        p: t for p, t in before.items() if p.name != "__init__.py"}
