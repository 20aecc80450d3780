"""Conversion speed: torch2jittor vs. Jittor's own converter, side by side in one run.

Converts the installed torchvision's top-level model files (torchvision/models/*.py) with both
converters, several rounds, and prints lines/s (median round) and the ratio. Also counts, for each
converter, files it crashed on and outputs that are not valid Python. Not a test: a benchmark.

    python benchmarks/convert_speed.py [--rounds 5]
"""
from __future__ import annotations

import argparse
import ast
import contextlib
import glob
import os
import statistics
import sys
import time

os.environ.setdefault("nvcc_path", "")
os.environ.setdefault("log_silent", "1")


def torchvision_model_files() -> list[str]:
    import importlib.util

    spec = importlib.util.find_spec("torchvision")
    if spec is None:
        sys.exit("torchvision is not installed (run scripts/setup.sh)")
    folder = os.path.join(os.path.dirname(spec.origin), "models")
    return sorted(glob.glob(os.path.join(folder, "*.py")))


def run(convert, sources: dict[str, str], rounds: int):
    """Median-able round times; validity of outputs is checked outside the timed region."""
    times, crashed, invalid = [], set(), set()
    for _ in range(rounds):
        outputs = {}
        # Jittor's converter prints to stdout for unsupported calls: silence both converters alike.
        with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(devnull):
            start = time.perf_counter()
            for path, text in sources.items():
                try:
                    outputs[path] = convert(text)
                except Exception:  # noqa: BLE001 - counting crashes is the point
                    crashed.add(path)
            times.append(time.perf_counter() - start)
        for path, out in outputs.items():
            if out is not None:
                try:
                    ast.parse(out)
                except SyntaxError:
                    invalid.add(path)
    return times, crashed, invalid


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)

    from torch2jittor import convert as t2j_convert

    try:
        from jittor.utils.pytorch_converter import convert as jittor_convert
    except ImportError:
        sys.exit("jittor is not installed (run scripts/setup.sh)")

    files = torchvision_model_files()
    sources = {p: open(p, encoding="utf-8").read() for p in files}
    lines = sum(t.count("\n") for t in sources.values())
    # ast.parse alone, as the floor for any ast-based design.
    parse_times, _, _ = run(lambda t: ast.parse(t) and None, sources, args.rounds)
    results = {}
    for name, fn in (("torch2jittor", t2j_convert), ("jittor.utils.pytorch_converter", jittor_convert)):
        times, crashed, invalid = run(fn, sources, args.rounds)
        results[name] = (statistics.median(times), crashed, invalid)

    print(f"input: {len(files)} files, {lines} lines (torchvision/models/*.py), {args.rounds} rounds, median round")
    print(f"{'converter':34} {'seconds':>8} {'lines/s':>9} {'crashed':>8} {'invalid output':>15}")
    print(f"{'ast.parse only':34} {statistics.median(parse_times):8.3f} {lines / statistics.median(parse_times):9.0f}")
    for name, (t, crashed, invalid) in results.items():
        print(f"{name:34} {t:8.3f} {lines / t:9.0f} {len(crashed):8d} {len(invalid):15d}")
    ours = results["torch2jittor"][0]
    theirs = results["jittor.utils.pytorch_converter"][0]
    print(f"speed ratio torch2jittor / jittor converter: {theirs / ours:.2f}x")
    for name, (_, crashed, invalid) in results.items():
        if crashed or invalid:
            print(f"{name}: crashed on {', '.join(sorted(os.path.basename(p) for p in crashed)) or '-'};"
                  f" invalid output for {', '.join(sorted(os.path.basename(p) for p in invalid)) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
