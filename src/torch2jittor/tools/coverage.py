"""Generate docs/coverage.md from the mapping data (never hand-written).

    python -m torch2jittor.tools.coverage --write docs/coverage.md   # regenerate
    python -m torch2jittor.tools.coverage --check docs/coverage.md   # exit 1 if out of date (CI)
"""
from __future__ import annotations

import importlib
import pathlib
import sys

from ..mapping import make_entry, pjmap
from ..mappings import UNSUPPORTED_REASONS
from . import write_or_check


def full_name(key: str, raw: dict) -> str:
    """The torch name a key stands for (the seed's short keys name a torch.nn class or init function)."""
    if "." in key:
        return "torch." + key if key.startswith("Tensor.") else key
    return ("torch.nn.init." if raw["jittor"]["module"] == "init" else "torch.nn.") + key


def namespace_of(key: str, raw: dict) -> str:
    name = full_name(key, raw)
    if name.startswith("torch.Tensor."):
        return "Tensor methods"
    if name.startswith("torchvision."):
        parts = name.split(".")
        if parts[1] in ("datasets", "transforms", "utils") and not any(p.startswith("_") for p in parts):
            return "torchvision." + parts[1]  # the data side training scripts use
        return "torchvision helpers"
    for namespace in ("torch.nn.functional", "torch.nn.init", "torch.linalg", "torch.special", "torch.fft"):
        if name.startswith(namespace + "."):
            return namespace
    if name.count(".") == 2 and name.startswith("torch.nn."):
        return "torch.nn"
    return "torch"


def _notes(entry) -> str:
    notes = []
    if entry.links:
        notes.append("renamed: " + ", ".join(f"{a}→{b}" for a, b in entry.links.items()))
    if entry.delete:
        notes.append("dropped: " + ", ".join(sorted(entry.delete)))
    if entry.unsupported:
        notes.append("only default: " + ", ".join(sorted(entry.unsupported)))
    if entry.extras:
        notes.append("forced: " + ", ".join(f"{a}={b}" for a, b in entry.extras.items()))
    if entry.rule:
        notes.append(f"rule: {entry.rule}")
    if entry.note:
        notes.append(entry.note)
    return "; ".join(notes)


def mapping_files() -> dict[str, str]:
    """key -> the mapping file that defines it (`nn/pooling.py`)."""
    from .. import mappings

    root = pathlib.Path(mappings.__file__).parent
    return {key: pathlib.Path(topic.__file__).relative_to(root).as_posix()
            for topic in mappings.TOPICS for key in getattr(topic, "ENTRIES", {})}


def covering_tests(tests: pathlib.Path | None = None) -> dict[str, list[str]]:
    """key -> the parity test files whose module-level `COVERED` names it, as paths under tests/
    (`mappings/nn/test_pooling.py`): the test folders mirroring the source tree (`mappings/`,
    `rules/`, `engine/`, ...). tests/test_coverage.py checks every entry has one."""
    tests = tests or pathlib.Path(__file__).resolve().parents[3] / "tests"
    paths = sorted(tests.glob("*/**/test_*.py"))
    found: dict[str, list[str]] = {}
    sys.path.insert(0, str(tests))
    try:
        for path in paths:
            relative = path.relative_to(tests).with_suffix("")
            module = importlib.import_module(".".join(relative.parts))
            for key in getattr(module, "COVERED", ()):
                found.setdefault(key, []).append(path.relative_to(tests).as_posix())
    finally:
        sys.path.remove(str(tests))
    return found


def proving_tests(files: dict[str, str]) -> dict[str, str]:
    """key -> the one test file a row names: the one mirroring the key's mapping file
    (`nn/pooling.py` -> `mappings/nn/test_pooling.py`) when it covers the key, else the first."""
    proofs = {}
    for key, paths in covering_tests().items():
        where = pathlib.PurePosixPath("mappings", files.get(key, ""))
        mirror = (where.parent / f"test_{where.name}").as_posix()
        proofs[key] = mirror if mirror in paths else paths[0]
    return proofs


def render() -> str:
    groups: dict[str, list[str]] = {}
    files = mapping_files()
    proofs = proving_tests(files)
    for key in sorted(pjmap, key=lambda k: full_name(k, pjmap[k]).lower()):
        raw = pjmap[key]
        entry = make_entry(key, raw)
        status = "helper module" if entry.jittor_module == "t2j" else "converted"
        target = f"jittor_compat.{entry.jittor_name}" if entry.jittor_module == "t2j" else entry.target
        where = files.get(key, "")
        # torchvision's registry/weights helpers: every torchvision builder runs through them
        proof = proofs.get(key) or ("test_torchvision_families.py" if key.startswith("torchvision.") else "")
        groups.setdefault(namespace_of(key, raw), []).append(
            f"| `{key}` | `{target}` | {status} | {where} | {proof} | {_notes(entry).replace('|', '/')} |"
        )
    derived = _derived_rows(files)
    for namespace, rows in derived.items():
        groups.setdefault(namespace, []).extend(rows)
        groups[namespace].sort(key=lambda row: row.split("`")[1].lower())
    extra = sum(len(rows) for rows in derived.values())
    total = len(pjmap) + extra
    surface = api_surface()
    lines = [
        "# API coverage",
        "",
        "Generated by `python -m torch2jittor.tools.coverage --write docs/coverage.md` from the mapping data",
        "(`src/torch2jittor/mappings/`); CI checks it is up to date. Every entry is proven by a test",
        "that runs PyTorch and the converted Jittor code on the same input; each row names the file",
        "under `src/torch2jittor/mappings/` that defines it and the `tests/` file that proves it.",
        "Keys are full torch names; the tutorial's short keys (`AvgPool2d`) match that name in `torch`,",
        "`torch.nn`, `torch.nn.functional` and `torch.nn.init` only.",
        "",
        "In-place tensor methods whose out-of-place form is mapped are derived from it (`x.trunc_()` →",
        "`jittor_compat.inplace_(x, <x.trunc() converted>)`, tests/engine/test_inplace_variants.py);",
        "tensor properties are kept or rewritten (`mappings/tensor.py` ATTRIBUTES,",
        "tests/test_tensor_api_coverage.py). Every other torch.Tensor method or property used on a",
        "provable tensor is reported at its line.",
        "",
        f"**{total} mapped APIs** ({len(pjmap)} table entries, {extra} derived in-place methods and tensor",
        f"properties), {len(UNSUPPORTED_REASONS)} listed as unsupported with a reason.",
        "",
        "## Share of PyTorch's API converted",
        "",
        "Public names of the installed PyTorch (2.14.1) per namespace, and how many convert: through a",
        "table entry, a derived in-place form or a tensor property, each proven by a run-both test",
        "(tests/test_coverage.py checks every entry has one). The rest are reported at their line.",
        "",
        "| namespace | public API | converted | share |",
        "| --- | ---: | ---: | ---: |",
        *(f"| {name} | {len(names)} | {len(done)} | {100 * len(done) / len(names):.0f}% |"
          for name, (names, done) in surface.items()),
        f"| **all** | {sum(len(n) for n, _ in surface.values())} | {sum(len(d) for _, d in surface.values())} | "
        f"{100 * sum(len(d) for _, d in surface.values()) / sum(len(n) for n, _ in surface.values()):.0f}% |",
        "",
        "## Entries by namespace",
        "",
        "| namespace | entries |",
        "| --- | ---: |",
    ]
    for name in sorted(groups):
        lines.append(f"| {name} | {len(groups[name])} |")
    for name in sorted(groups):
        lines += ["", f"## {name}", "", "| torch API | Jittor target | status | mapping file | run-both test | notes |",
                  "| --- | --- | --- | --- | --- | --- |"]
        lines += groups[name]
    if UNSUPPORTED_REASONS:
        lines += ["", "## Unsupported, with the reason", "", "| torch API | reason |", "| --- | --- |"]
        lines += [f"| `{k}` | {v.replace('|', '/')} |" for k, v in sorted(UNSUPPORTED_REASONS.items())]
    return "\n".join(lines) + "\n"


def api_surface() -> dict[str, tuple[list[str], list[str]]]:
    """namespace -> (its public API names in the installed torch, those the converter converts)."""
    import inspect

    import torch
    import torch.nn.functional

    from .. import convert_source
    from ..mapping import DEFAULT_TABLE
    from ..mappings import tensor_api

    def public(module, keep):
        return sorted(n for n in dir(module) if not n.startswith("_") and keep(getattr(module, n, None)))

    def functions(value):
        return callable(value) and not inspect.isclass(value) and not inspect.ismodule(value)

    def converts_on_tensor(name, call):
        """Not reported from a provable tensor: mapped, derived, kept or rewritten by a rule (the
        converter reports every other name of torch.Tensor's API; `index`/`values` it leaves
        alone, as a container's, count only when mapped)."""
        if name in ("index", "values") and DEFAULT_TABLE.lookup("Tensor." + name) is None:
            return False
        code = f"import torch\ndef f(x: torch.Tensor, y: torch.Tensor):\n    return x.{name}{'(y)' if call else ''}\n"
        return not any(d.api == f"torch.Tensor.{name}" for d in convert_source(code).unsupported)

    surface = {}
    methods = sorted(tensor_api.METHODS | tensor_api.PROPERTIES)
    surface["torch.Tensor (methods, properties)"] = (
        methods, [n for n in methods if converts_on_tensor(n, n in tensor_api.METHODS)])
    namespaces = [
        ("torch", torch, functions), ("torch.nn.functional", torch.nn.functional, functions),
        ("torch.nn", torch.nn, lambda v: inspect.isclass(v) and issubclass(v, torch.nn.Module)),
        ("torch.linalg", torch.linalg, functions), ("torch.fft", torch.fft, functions),
        ("torch.special", torch.special, functions),
        ("torch.distributions", torch.distributions, lambda v: inspect.isclass(v) or functions(v)),
        ("torch.autograd", torch.autograd, lambda v: functions(v) or inspect.isclass(v)),
        ("torch.nn.utils", torch.nn.utils, functions), ("torch.nn.init", torch.nn.init, functions),
    ]
    for name, module, keep in namespaces:
        names = public(module, keep)
        surface[name] = (names, [n for n in names if DEFAULT_TABLE.lookup(f"{name}.{n}") is not None])
    return surface


def _derived_rows(files: dict[str, str]) -> dict[str, list[str]]:
    from ..mapping import DEFAULT_TABLE
    from ..mappings import tensor_api
    from ..mappings.tensor import ATTRIBUTES

    rows = []
    for name in sorted(tensor_api.METHODS):
        base = DEFAULT_TABLE.in_place_base(name)
        if base is not None:
            rows.append(f"| `torch.Tensor.{name}` | `jittor_compat.inplace_` of `{base.key}` | derived in-place | "
                        f"{files.get(base.key, '')} | engine/test_inplace_variants.py |  |")
    for key, template in sorted(ATTRIBUTES.items()):
        target = f"Var.{key.rsplit('.', 1)[1]}" if template is None else template.format(t2j="jittor_compat", x="x")
        rows.append(f"| `{key}` | `{target}` | attribute | tensor.py | test_tensor_api_coverage.py |  |")
    return {"Tensor methods": rows}


def main(argv=None) -> int:
    return write_or_check("torch2jittor.tools.coverage", render, argv, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
