"""A package of PyTorch model files converted as a directory, each model checked against PyTorch.

    python -m torch2jittor.tools.model_zoo PACKAGE_DIR [--models "ResNet18();VGG('VGG19')"] [--all]
                                          [--input-shape 1,3,32,32] [--out DIR]

PACKAGE_DIR is a folder of model files with an `__init__.py` that imports them (a model zoo such
as kuangliu/pytorch-cifar's `models/`). It is converted by the CLI as a directory
(`torch2jittor convert PACKAGE_DIR -o OUT/<name>`). Each model is a builder expression evaluated
in the package's namespace (`ResNet18()`, `VGG('VGG19')`); without `--models`, the builders named
in DEFAULT_MODELS that the package has; with `--all`, every public function or nn.Module class
of the package that takes no argument. PyTorch builds each model, gives its parameters and buffers
random, scale-preserving values (BatchNorm statistics included), and runs it in eval mode on one
numpy input. A second process, where torch and torchvision cannot be imported, imports the
converted package, builds the same model, compares the state_dict keys, loads the PyTorch weights
and runs the same input. A model PyTorch itself cannot build or run is listed and not counted.
Exit 1 if a model that runs in PyTorch fails to build, load or run converted, or differs (mean
relative error, the tutorial's formula, 1e-3 or more).
"""
from __future__ import annotations

import argparse
import importlib.util
import inspect
import json
import os
import subprocess
import sys
import tempfile
import time

# One model of each file of kuangliu/pytorch-cifar's models/ (main.py's list, and LeNet, DLA,
# PNASNet); a name the package lacks is left out.
DEFAULT_MODELS = (
    "VGG('VGG19')", "ResNet18()", "PreActResNet18()", "GoogLeNet()", "DenseNet121()", "ResNeXt29_2x64d()",
    "MobileNet()", "MobileNetV2()", "DPN92()", "ShuffleNetG2()", "SENet18()", "ShuffleNetV2(1)",
    "EfficientNetB0()", "RegNetX_200MF()", "SimpleDLA()", "DLA()", "LeNet()", "PNASNetA()",
)
TOLERANCE = 1e-3
IGNORED_KEYS = ("num_batches_tracked",)  # PyTorch's BatchNorm counter: Jittor's BatchNorm has none


def import_package(folder: str, alias: str):
    """Import the package in `folder` under the module name `alias` (its relative imports work)."""
    spec = importlib.util.spec_from_file_location(alias, os.path.join(folder, "__init__.py"),
                                                  submodule_search_locations=[folder])
    module = importlib.util.module_from_spec(spec)
    sys.modules[alias] = module
    spec.loader.exec_module(module)
    return module


def builders(package, module_base) -> list[str]:
    """Every public function or `module_base` subclass of the package that takes no argument."""
    names = []
    for name in sorted(dir(package)):
        obj = getattr(package, name)
        if name.startswith(("_", "test")) or not getattr(obj, "__module__", "").startswith(package.__name__ + "."):
            continue
        if not (inspect.isfunction(obj) or (inspect.isclass(obj) and issubclass(obj, module_base))):
            continue
        try:
            params = inspect.signature(obj).parameters.values()
        except (TypeError, ValueError):
            continue
        if all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params):
            names.append(f"{name}()")
    return names


def convert_package(source: str, out: str) -> str:
    """Convert the package folder with the CLI into out/<its name>; returns that folder."""
    from ..cli import main as cli_main

    target = os.path.join(out, os.path.basename(os.path.normpath(source)))
    code = cli_main(["convert", source, "-o", target, "-q", "--no-progress"])
    if code not in (0, 1):
        raise SystemExit(f"error: converting {source} failed (exit {code})")
    return target


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0][:200] if text else ''}"


def torch_side(source: str, models: list[str] | None, shape: tuple, folder: str, seed: int = 0) -> list[dict]:
    """Build and run every model in PyTorch with random weights; save weights, input and output.
    Returns one row per model: its data file, or the error PyTorch raised."""
    import numpy as np
    import torch

    from .verify import randomize_parameters

    package = import_package(source, "t2j_zoo_pytorch")
    if models is None:
        models = builders(package, torch.nn.Module)
    image = np.random.RandomState(seed).standard_normal(shape).astype("float32")
    rows = []
    for i, expr in enumerate(models):
        row = {"model": expr}
        try:
            torch.manual_seed(seed)
            model = eval(expr, vars(package))  # noqa: S307 - the user's own builder expression
            randomize_parameters(model, seed)
            model.eval()
            with torch.no_grad():
                output = model(torch.from_numpy(image.copy())).numpy()
        except Exception as exc:  # noqa: BLE001 - PyTorch itself fails: not counted
            row["pytorch_error"] = _first_line(exc)
            rows.append(row)
            continue
        row["data"] = os.path.join(folder, f"model{i}.npz")
        state = {f"w:{k}": v.detach().numpy() for k, v in model.state_dict().items()}
        np.savez(row["data"], image=image, output=output, **state)
        rows.append(row)
    return rows


def jittor_side(converted: str, rows: list[dict]) -> list[dict]:
    """In a process where torch cannot be imported: the converted package's models on the same data."""
    import importlib.abc

    class _NoTorch(importlib.abc.MetaPathFinder):
        def find_spec(self, fullname, path=None, target=None):
            if fullname.split(".")[0] in ("torch", "torchvision"):
                raise ImportError(f"{fullname} cannot be imported here: the converted code must run on Jittor alone")
            return None

    sys.meta_path.insert(0, _NoTorch())
    sys.path.insert(0, os.path.dirname(converted))  # where the converter put the helper package
    from . import prepare_jittor

    prepare_jittor()
    import jittor as jt
    import numpy as np

    try:
        package = import_package(converted, "t2j_zoo_jittor")
    except Exception as exc:  # noqa: BLE001 - every model fails the same way
        package, failure = None, "import: " + _first_line(exc)
    for row in rows:
        started = time.perf_counter()
        try:
            if package is None:
                raise RuntimeError(failure)
            data = np.load(row["data"])
            weights = {k[2:]: data[k] for k in data.files if k.startswith("w:") and not k.endswith(IGNORED_KEYS)}
            model = eval(row["model"], vars(package))  # noqa: S307
            ours = {k for k in model.state_dict() if not k.endswith(IGNORED_KEYS)}
            theirs = set(weights)
            row["keys"] = "identical" if ours == theirs else (
                f"{len(theirs - ours)} only in PyTorch (e.g. {sorted(theirs - ours)[:2]}), "
                f"{len(ours - theirs)} only in Jittor (e.g. {sorted(ours - theirs)[:2]})")
            model.load_parameters(weights)
            model.eval()
            with jt.no_grad():
                actual = model(jt.array(data["image"])).numpy()
            expected = data["output"]
            row["shape_ok"] = actual.shape == expected.shape
            if row["shape_ok"]:
                x, y = expected.astype("float64") + 1, actual.astype("float64") + 1
                row.update(mean_rel_err=float((np.abs(x - y) / np.abs(y)).mean()),
                           max_abs_err=float(np.abs(expected - actual).max()),
                           max_abs_output=float(np.abs(expected).max()))
        except Exception as exc:  # noqa: BLE001 - one model's failure is a row of the table
            row["error"] = _first_line(exc)
        row["seconds"] = round(time.perf_counter() - started, 1)
        print(json.dumps(row), flush=True)
    return rows


def passed(row: dict) -> bool:
    return ("error" not in row and row.get("shape_ok", False) and row.get("keys") == "identical"
            and row["mean_rel_err"] < TOLERANCE)


def run(source: str, models: list[str] | None, shape: tuple, out: str) -> list[dict]:
    """Convert, run both sides; one row per model (`pytorch_error` for one PyTorch cannot run)."""
    converted = convert_package(os.path.abspath(source), out)
    folder = os.path.join(out, "data")
    os.makedirs(folder, exist_ok=True)
    rows = torch_side(os.path.abspath(source), models, shape, folder)
    runnable = [r for r in rows if "pytorch_error" not in r]
    if runnable:
        proc = subprocess.run(
            [sys.executable, "-m", "torch2jittor.tools.model_zoo", "--jittor-side", converted],
            input=json.dumps(runnable), capture_output=True, text=True,
        )
        done = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
        if len(done) != len(runnable):
            raise SystemExit(f"error: the Jittor process failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
        by_model = {r["model"]: r for r in done}
        rows = [by_model.get(r["model"], r) for r in rows]
    return rows


def table(rows: list[dict]) -> list[str]:
    lines = ["| model | mean rel err | max abs err | max abs output | state_dict keys | result |",
             "| --- | ---: | ---: | ---: | --- | --- |"]
    for row in rows:
        if "pytorch_error" in row:
            lines.append(f"| {row['model']} | | | | | fails in PyTorch: {row['pytorch_error']} |")
        elif "error" in row or not row.get("shape_ok"):
            lines.append(f"| {row['model']} | | | | {row.get('keys', '')} | {row.get('error', 'output shape differs')} |")
        else:
            lines.append(f"| {row['model']} | {row['mean_rel_err']:.2e} | {row['max_abs_err']:.2e} "
                         f"| {row['max_abs_output']:.2e} | {row['keys']} | {'pass' if passed(row) else 'FAIL'} |")
    runnable = [r for r in rows if "pytorch_error" not in r]
    ran = [r for r in runnable if "error" not in r]
    ok = [r for r in runnable if passed(r)]
    lines.append("")
    lines.append(f"{len(runnable)} of {len(rows)} models run in PyTorch; converted, {len(ran)} run and "
                 f"{len(ok)} match (mean relative error < {TOLERANCE:g}, identical state_dict keys)"
                 + (f"; failed: {', '.join(r['model'] for r in runnable if not passed(r))}" if len(ok) < len(runnable)
                    else ""))
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m torch2jittor.tools.model_zoo",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("package", nargs="?", help="folder of model files with an __init__.py")
    parser.add_argument("--models", help="builder expressions separated by ';' (default: DEFAULT_MODELS present)")
    parser.add_argument("--all", action="store_true", help="every public builder that takes no argument")
    parser.add_argument("--input-shape", default="1,3,32,32")
    parser.add_argument("--out", help="folder for the converted package and the data (default: a temporary one)")
    parser.add_argument("--jittor-side", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.jittor_side:
        jittor_side(args.jittor_side, json.loads(sys.stdin.read()))
        return 0
    if not args.package or not os.path.isfile(os.path.join(args.package, "__init__.py")):
        parser.error("PACKAGE_DIR must be a folder with an __init__.py")
    shape = tuple(int(s) for s in args.input_shape.split(","))
    if args.models:
        models = [m.strip() for m in args.models.split(";") if m.strip()]
    elif args.all:
        models = None
    else:
        import re

        text = " ".join(open(os.path.join(args.package, f), encoding="utf-8", errors="replace").read()
                        for f in sorted(os.listdir(args.package)) if f.endswith(".py"))
        models = [m for m in DEFAULT_MODELS if re.search(rf"\b(def|class) {m.split('(')[0]}\b", text)]
    out = args.out or tempfile.mkdtemp(prefix="t2j-zoo-")
    rows = run(args.package, models, shape, out)
    import torch

    print(f"{args.package} converted to {out}; torch {torch.__version__}; input {'x'.join(map(str, shape))}, eval mode")
    print()
    for line in table(rows):
        print(line)
    return 0 if all(passed(r) for r in rows if "pytorch_error" not in r) else 1


if __name__ == "__main__":
    sys.exit(main())
