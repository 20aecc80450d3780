"""The installed timm package converted as a whole, its models checked against PyTorch timm.

    python -m torch2jittor.tools.timm_parity [--models resnet50,vit_small_patch16_224] [--size 224] [--out DIR]

The package is converted by the CLI as a directory (`torch2jittor convert <timm> -o DIR/timm`).
For each model, PyTorch timm builds it (`pretrained=False`), gives every parameter and buffer
random, scale-preserving values (timm starts some heads at zero: both outputs would be ~0) and runs
it in eval mode on one numpy input. A second process, where torch and torchvision cannot be imported,
imports the converted timm, builds the same model, compares the state_dict keys, loads the
PyTorch weights and runs the same input. Prints a markdown table: mean relative error (the
tutorial's formula), max absolute error, the largest output, whether the keys are identical.
Exit 1 if a model fails to build, load or run, or its mean relative error is 1e-3 or more.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

DEFAULT_MODELS = (
    "resnet50,efficientnet_b0,vit_small_patch16_224,convnext_tiny,mobilenetv3_large_100,"
    "swin_tiny_patch4_window7_224,regnety_016,densenet121,deit_small_patch16_224,resnest50d"
)
TOLERANCE = 1e-3
# Buffers PyTorch counts that no computation reads (BatchNorm's step counter).
IGNORED_KEYS = ("num_batches_tracked",)


def convert_timm(out: str) -> str:
    """Convert the installed timm into out/timm with the CLI; returns out."""
    import timm

    from ..cli import main as cli_main

    source = os.path.dirname(timm.__file__)
    code = cli_main(["convert", source, "-o", os.path.join(out, "timm"), "-q", "--no-progress"])
    if code not in (0, 1):
        raise SystemExit(f"error: converting {source} failed (exit {code})")
    return out


def torch_side(name: str, size: int, folder: str, seed: int = 0) -> str:
    """Build the PyTorch model with random weights, run it; save weights, input and output."""
    import numpy as np
    import timm
    import torch

    from .verify import randomize_parameters

    torch.manual_seed(seed)
    model = timm.create_model(name, pretrained=False, img_size=size) if _takes_img_size(name) else \
        timm.create_model(name, pretrained=False)
    randomize_parameters(model, seed)
    model.eval()
    image = np.random.RandomState(seed).standard_normal((2, 3, size, size)).astype("float32")
    with torch.no_grad():
        output = model(torch.from_numpy(image.copy())).numpy()
    path = os.path.join(folder, f"{name}.npz")
    state = {f"w:{k}": v.detach().numpy() for k, v in model.state_dict().items()}
    np.savez(path, image=image, output=output, **state)
    return path


def _takes_img_size(name: str) -> bool:
    return name.startswith(("vit_", "deit_", "swin_"))


def jittor_side(converted: str, paths: list[str], names: list[str], size: int) -> list[dict]:
    """In a process where torch cannot be imported: the converted timm's models on the same data."""
    import importlib.abc

    class _NoTorch(importlib.abc.MetaPathFinder):
        def find_spec(self, fullname, path=None, target=None):
            if fullname.split(".")[0] in ("torch", "torchvision"):
                raise ImportError(f"{fullname} cannot be imported here: the converted code must run on Jittor alone")
            return None

    sys.meta_path.insert(0, _NoTorch())
    sys.path.insert(0, converted)
    from . import prepare_jittor

    prepare_jittor()
    import jittor as jt
    import numpy as np

    import timm  # the converted package

    assert timm.__file__.startswith(os.path.abspath(converted)), timm.__file__
    results = []
    for name, path in zip(names, paths):
        row = {"model": name}
        started = time.perf_counter()
        try:
            data = np.load(path)
            weights = {k[2:]: data[k] for k in data.files if k.startswith("w:")}
            model = timm.create_model(name, pretrained=False, img_size=size) if _takes_img_size(name) else \
                timm.create_model(name, pretrained=False)
            ours = {k for k in model.state_dict() if not k.endswith(IGNORED_KEYS)}
            theirs = {k for k in weights if not k.endswith(IGNORED_KEYS)}
            row["keys"] = "identical" if ours == theirs else (
                f"{len(theirs - ours)} only in PyTorch (e.g. {sorted(theirs - ours)[:2]}), "
                f"{len(ours - theirs)} only in Jittor (e.g. {sorted(ours - theirs)[:2]})")
            model.load_parameters({k: v for k, v in weights.items() if not k.endswith(IGNORED_KEYS)})
            model.eval()
            with jt.no_grad():
                actual = model(jt.array(data["image"])).numpy()
            expected = data["output"]
            x, y = expected.astype("float64") + 1, actual.astype("float64") + 1
            row.update(
                shape_ok=actual.shape == expected.shape,
                mean_rel_err=float((np.abs(x - y) / np.abs(y)).mean()),
                max_abs_err=float(np.abs(expected - actual).max()),
                max_abs_output=float(np.abs(expected).max()),
            )
        except Exception as exc:  # noqa: BLE001 - one model's failure is a row of the table
            row["error"] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}"
        row["seconds"] = round(time.perf_counter() - started, 1)
        results.append(row)
        print(json.dumps(row), flush=True)
    return results


def passed(row: dict) -> bool:
    return "error" not in row and row.get("shape_ok") and row["keys"] == "identical" and row["mean_rel_err"] < TOLERANCE


def run(models: list[str], size: int, out: str) -> list[dict]:
    convert_timm(out)
    folder = os.path.join(out, "data")
    os.makedirs(folder, exist_ok=True)
    paths = [torch_side(name, size, folder) for name in models]
    proc = subprocess.run(
        [sys.executable, "-m", "torch2jittor.tools.timm_parity", "--jittor-side", out, "--size", str(size),
         "--models", ",".join(models), *paths],
        capture_output=True, text=True,
    )
    rows = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    if len(rows) != len(models):
        raise SystemExit(f"error: the Jittor process failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m torch2jittor.tools.timm_parity", description=__doc__.splitlines()[0])
    parser.add_argument("--models", default=DEFAULT_MODELS)
    parser.add_argument("--size", type=int, default=224)
    parser.add_argument("--out", help="folder for the converted package and the data (default: a temporary one)")
    parser.add_argument("--jittor-side", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    models = args.models.split(",")
    if args.jittor_side:
        jittor_side(args.jittor_side, args.paths, models, args.size)
        return 0
    import timm
    import torch

    out = args.out or tempfile.mkdtemp(prefix="t2j-timm-")
    rows = run(models, args.size, out)
    print(f"timm {timm.__version__} converted to {out}/timm; torch {torch.__version__}; input 2x3x{args.size}x{args.size}")
    print()
    print("| model | mean rel err | max abs err | max abs output | state_dict keys | result |")
    print("| --- | ---: | ---: | ---: | --- | --- |")
    for row in rows:
        if "error" in row:
            print(f"| {row['model']} | | | | | {row['error']} |")
            continue
        print(f"| {row['model']} | {row['mean_rel_err']:.2e} | {row['max_abs_err']:.2e} | {row['max_abs_output']:.2e} "
              f"| {row['keys']} | {'pass' if passed(row) else 'FAIL'} |")
    failed = [r["model"] for r in rows if not passed(r)]
    print(f"\n{len(rows) - len(failed)}/{len(rows)} within mean relative error {TOLERANCE:g}"
          + (f"; failed: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
