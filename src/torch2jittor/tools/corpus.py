"""Convert whole installed packages (torchvision, timm's models) and check every output.

    python -m torch2jittor.tools.corpus [--packages torchvision,timm.models] [--json FILE]

Per package: files, lines, lines/s, crashes, outputs that do not parse, files whose second
conversion changes anything, and the convert rate (torch API uses converted / all seen). Exit 1
on any crash, unparseable output or non-idempotent file: CI runs this.
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
from ..cli import infer_package
from ..diagnostics import UNSUPPORTED_API
from ..files import read_source


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

    @property
    def convert_rate(self) -> float:
        total = self.converted_uses + self.unsupported_uses
        return 1.0 if not total else self.converted_uses / total

    @property
    def clean(self) -> bool:
        return not (self.crashed or self.unparseable or self.not_idempotent)


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
    for path in paths:
        source = read_source(path)
        report.files += 1
        report.lines += source.text.count("\n")
        started = time.perf_counter()
        try:
            result = convert_source(source.text, filename=path, package=infer_package(path))
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
        again = convert_source(result.code, filename=path, package=infer_package(path)).code
        if again != result.code:
            report.not_idempotent.append(path)
        report.converted_uses += len(result.converted)
        report.unsupported_uses += sum(d.kind == UNSUPPORTED_API for d in result.diagnostics)
    return report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m torch2jittor.tools.corpus", description=__doc__.splitlines()[0])
    parser.add_argument("--packages", default="torchvision,timm.models")
    parser.add_argument("--json", help="write the reports as JSON")
    args = parser.parse_args(argv)
    reports = [run_package(p) for p in args.packages.split(",")]
    print(f"{'package':14} {'files':>6} {'lines':>8} {'lines/s':>9} {'crashed':>8} {'unparseable':>12} "
          f"{'not idempotent':>15} {'convert rate':>13}")
    for r in reports:
        print(f"{r.package:14} {r.files:6d} {r.lines:8d} {r.lines / max(r.seconds, 1e-9):9.0f} {len(r.crashed):8d} "
              f"{len(r.unparseable):12d} {len(r.not_idempotent):15d} {r.convert_rate:12.1%}")
        for problem in r.crashed + r.unparseable + [f"{p}: second conversion differs" for p in r.not_idempotent]:
            print("  " + problem.strip().replace("\n", "\n  "))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump([{**asdict(r), "convert_rate": r.convert_rate} for r in reports], fh, indent=2)
    return 0 if all(r.clean for r in reports) else 1


if __name__ == "__main__":
    sys.exit(main())
