"""Convert whole installed packages (torchvision, timm's models) and check every output.

    python -m torch2jittor.tools.corpus [--packages torchvision,timm.models] [--json FILE]

Per package: files, lines, lines/s, crashes, outputs that do not parse, files whose second
conversion changes anything, files whose converted code refers to a name nothing binds (that the
PyTorch code bound), and the convert rate (torch API uses converted / all seen). The files of a
package are converted together, as `torch2jittor convert DIR` does. Exit 1 on any crash,
unparseable output, non-idempotent file or unbound name: CI runs this.
"""
from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import os
import sys
import time
import traceback
from dataclasses import asdict, dataclass, field

from ..api import convert_source
from ..diagnostics import UNSUPPORTED_API
from ..files import read_source
from ..project import infer_package, torch_names_by_module


@dataclass
class CorpusReport:
    package: str
    files: int = 0
    lines: int = 0
    seconds: float = 0.0
    converted_uses: int = 0
    unsupported_uses: int = 0
    crashed: list[str] = field(default_factory=list)
    unparseable: list[str] = field(default_factory=list)
    not_idempotent: list[str] = field(default_factory=list)
    unbound: list[str] = field(default_factory=list)  # "path: name, name" per file

    @property
    def convert_rate(self) -> float:
        total = self.converted_uses + self.unsupported_uses
        return 1.0 if not total else self.converted_uses / total

    @property
    def clean(self) -> bool:
        return not (self.crashed or self.unparseable or self.not_idempotent or self.unbound)


def unbound_names(code: str, filename: str = "<string>") -> set[str]:
    """Names the code loads that nothing binds (pyflakes' undefined names)."""
    from pyflakes import checker, messages

    found = checker.Checker(ast.parse(code), filename=filename).messages
    return {m.message_args[0] for m in found if isinstance(m, messages.UndefinedName)}


def names_unbound_by_conversion(source: str, converted: str, filename: str = "<string>") -> set[str]:
    """Names the converted code refers to with nothing binding them, that the PyTorch code bound."""
    return unbound_names(converted, filename) - unbound_names(source, filename)


def package_dir(name: str) -> str:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"error: package {name} is not installed")
    return list(spec.submodule_search_locations)[0]


def run_package(name: str) -> CorpusReport:
    report = CorpusReport(name)
    root = package_dir(name)
    paths = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        paths += [os.path.join(folder, f) for f in sorted(files) if f.endswith(".py")]
    siblings = torch_names_by_module(paths)
    for path in paths:
        source = read_source(path)
        report.files += 1
        report.lines += source.text.count("\n")
        started = time.perf_counter()
        try:
            result = convert_source(source.text, filename=path, package=infer_package(path), siblings=siblings)
        except Exception:  # noqa: BLE001 - a crash is what this run looks for
            report.crashed.append(f"{path}: {traceback.format_exc(limit=3)}")
            continue
        finally:
            report.seconds += time.perf_counter() - started
        try:
            ast.parse(result.code)
        except SyntaxError as exc:
            report.unparseable.append(f"{path}: {exc}")
            continue
        # Converted siblings bind no torch names any more: a second run sees none.
        again = convert_source(result.code, filename=path, package=infer_package(path)).code
        if again != result.code:
            report.not_idempotent.append(path)
        unbound = names_unbound_by_conversion(source.text, result.code, path)
        if unbound:
            report.unbound.append(f"{path}: {', '.join(sorted(unbound))}")
        report.converted_uses += len(result.converted)
        report.unsupported_uses += sum(d.kind == UNSUPPORTED_API for d in result.diagnostics)
    return report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m torch2jittor.tools.corpus", description=__doc__.splitlines()[0])
    parser.add_argument("--packages", default="torchvision,timm")
    parser.add_argument("--json", help="write the reports as JSON")
    args = parser.parse_args(argv)
    reports = [run_package(p) for p in args.packages.split(",")]
    print(f"{'package':14} {'files':>6} {'lines':>8} {'lines/s':>9} {'crashed':>8} {'unparseable':>12} "
          f"{'not idempotent':>15} {'unbound names':>14} {'convert rate':>13}")
    for r in reports:
        print(f"{r.package:14} {r.files:6d} {r.lines:8d} {r.lines / max(r.seconds, 1e-9):9.0f} {len(r.crashed):8d} "
              f"{len(r.unparseable):12d} {len(r.not_idempotent):15d} {len(r.unbound):14d} {r.convert_rate:12.1%}")
        for problem in (r.crashed + r.unparseable + [f"{p}: second conversion differs" for p in r.not_idempotent]
                        + [f"unbound after conversion: {u}" for u in r.unbound]):
            print("  " + problem.strip().replace("\n", "\n  "))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump([{**asdict(r), "convert_rate": r.convert_rate} for r in reports], fh, indent=2)
    return 0 if all(r.clean for r in reports) else 1


if __name__ == "__main__":
    sys.exit(main())
