"""Run a PyTorch model and its Jittor conversion side by side and say where they differ.

`compare(pt_model, jt_model, image)` copies PyTorch's parameters and buffers into the Jittor
model, runs both in eval mode on the same numpy input and returns the errors. `layers=True` also
hooks every submodule in both and names the first whose output diverges.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import numpy as np

from . import prepare_jittor

prepare_jittor()  # before anything here imports jittor

IGNORED_KEYS = ("num_batches_tracked",)  # BatchNorm's batch counter: no weight to compare, on either side


def seed_relative_error(pytorch_out, jittor_out) -> float:
    """The seed's formula: mean(|x - y| / |y|) on outputs shifted by +1."""
    x = np.asarray(pytorch_out, dtype=np.float64) + 1
    y = np.asarray(jittor_out, dtype=np.float64) + 1
    return float((np.abs(x - y) / np.abs(y)).mean())


@dataclass
class Comparison:
    mean_rel_err: float
    max_abs_err: float
    output_shape: tuple
    max_abs_output: float = 0.0  # scale of PyTorch's output, to read max_abs_err against
    only_in_pytorch: list[str] = field(default_factory=list)  # state_dict keys, IGNORED_KEYS aside
    only_in_jittor: list[str] = field(default_factory=list)
    first_divergence: tuple[str, float] | None = None  # (submodule name, its max abs error)

    @property
    def keys_match(self) -> bool:
        return not self.only_in_pytorch and not self.only_in_jittor

    def ok(self, tolerance: float = 1e-3) -> bool:
        return self.keys_match and self.mean_rel_err < tolerance


def randomize_parameters(pt_model, seed: int = 0) -> None:
    """Give every parameter and buffer of a PyTorch model random, scale-preserving values.

    Several torchvision builders initialise their classifier to zeros or to tiny values (ViT's
    head is all zeros): both frameworks then output ~0 and agree trivially. Weights get
    N(0, 1/fan_in); 1-D parameters 1 or 0 plus noise; BatchNorm statistics plausible values.
    """
    import torch

    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, value in list(pt_model.state_dict().items()):
            if not value.is_floating_point():
                continue
            if value.dim() >= 2:
                fan_in = value[0].numel()
                value.copy_(torch.randn(value.shape, generator=generator) / fan_in ** 0.5)
            elif name.endswith("running_var"):
                value.copy_(torch.rand(value.shape, generator=generator) + 0.5)
            elif name.endswith(("weight", "scale", "gamma")) or "layer_scale" in name:
                value.copy_(1 + 0.1 * torch.randn(value.shape, generator=generator))
            else:
                value.copy_(0.1 * torch.randn(value.shape, generator=generator))


def transfer_weights(pt_model, jt_model) -> tuple[list[str], list[str]]:
    """Copy PyTorch's state_dict into the Jittor model; return the keys found on one side only."""
    pt_state = {k: v.detach().cpu().numpy() for k, v in pt_model.state_dict().items() if not k.endswith(IGNORED_KEYS)}
    jt_keys = {k for k in jt_model.state_dict() if not k.endswith(IGNORED_KEYS)}
    jt_model.load_parameters(pt_state)
    return sorted(set(pt_state) - jt_keys), sorted(jt_keys - set(pt_state))


def compare(pt_model, jt_model, image: np.ndarray, layers: bool = False, atol: float = 1e-4) -> Comparison:
    import jittor as jt
    import torch

    pt_model.eval()
    jt_model.eval()
    only_pt, only_jt = transfer_weights(pt_model, jt_model)
    pt_outputs, jt_outputs = {}, {}
    handles = []
    if layers:
        for name, module in pt_model.named_modules():
            if name:
                handles.append(module.register_forward_hook(_torch_hook(name, pt_outputs)))
        for name, module in jt_model.named_modules():
            if name:
                module.register_forward_hook(_jittor_hook(name, jt_outputs))
    with torch.no_grad():
        expected = pt_model(torch.from_numpy(image.copy())).numpy()
    with jt.no_grad():
        actual = jt_model(jt.array(image)).numpy()
    for h in handles:
        h.remove()
    if layers:
        for name, module in jt_model.named_modules():
            if name:
                module.remove_forward_hook()
    divergence = None
    if layers:
        for name in pt_outputs:  # in execution order
            if name in jt_outputs and pt_outputs[name].shape == jt_outputs[name].shape:
                err = float(np.abs(pt_outputs[name] - jt_outputs[name]).max())
                if err > atol:
                    divergence = (name, err)
                    break
            elif name in jt_outputs:
                divergence = (name, float("inf"))
                break
    if actual.shape != expected.shape:
        return Comparison(float("inf"), float("inf"), actual.shape, 0.0, only_pt, only_jt, divergence)
    return Comparison(
        seed_relative_error(expected, actual), float(np.abs(expected - actual).max()), expected.shape,
        float(np.abs(expected).max()), only_pt, only_jt, divergence,
    )


def _torch_hook(name, store):
    def hook(module, inputs, output):
        if hasattr(output, "detach") and name not in store:
            store[name] = output.detach().cpu().numpy().copy()  # a later in-place op must not change it

    return hook


def _jittor_hook(name, store):
    def hook(module, inputs, output):
        if hasattr(output, "numpy") and name not in store:
            store[name] = output.numpy().copy()

    return hook


# --- the `torch2jittor verify` command ---------------------------------------------------------
def _load_module(path: str, name: str, search_path: str):
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, search_path)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(search_path)
    return module


def convert_with_siblings(folder: str, main_file: str, out: str, extra_mapping=None):
    """Convert main_file and its sibling modules (which it may import) from folder into out
    (with the user's mapping entries, if any).

    Returns main_file's ConversionResult; its errors (ConversionError, UnicodeError, OSError)
    propagate, a sibling that cannot be converted is skipped."""
    from ..api import convert_source, write_helper_module, write_torchvision_models
    from ..diagnostics import ConversionError
    from ..files import atomic_write, read_source

    main_result = None
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".py"):
            continue
        try:
            source = read_source(os.path.join(folder, name))
            result = convert_source(source.text, filename=os.path.join(folder, name), extra_mapping=extra_mapping)
        except (ConversionError, UnicodeError, OSError):
            if name == main_file:
                raise
            continue
        atomic_write(os.path.join(out, name), result.code.encode(source.encoding))
        if result.helpers:
            write_helper_module(out)
        if "torchvision_models" in result.helpers and not os.path.isdir(os.path.join(out, "t2j_torchvision")):
            write_torchvision_models(out)  # the file builds a model with torchvision's builders
        if name == main_file:
            main_result = result
    return main_result


def verify_command(argv: list[str]) -> int:
    """torch2jittor verify FILE.py:Builder --input-shape 2,3,224,224 [--kwargs JSON] [--layers]"""
    import argparse
    import json
    import sys
    import tempfile

    from ..diagnostics import ConversionError
    from .verify_train import GRADIENT_TOLERANCE, LOSSES, OPTIMIZERS

    parser = argparse.ArgumentParser(
        prog="torch2jittor verify",
        description="Convert a PyTorch model file, build both models, copy the weights, run both on one "
        "input and report the difference (exit 0 within tolerance, 1 otherwise, 2 bad input).",
    )
    parser.add_argument("target", help="path/to/model.py:BuilderOrClass")
    parser.add_argument("--input-shape", default="2,3,224,224", help="comma-separated input shape")
    parser.add_argument("--kwargs", default="{}", help="JSON object of keyword arguments for the builder")
    parser.add_argument("--layers", action="store_true", help="also name the first submodule whose output diverges")
    parser.add_argument("--tolerance", type=float, default=1e-3, help="mean relative error allowed (seed: 1e-3)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--mapping", metavar="FILE", action="append", default=[],
                        help="extra mapping entries (JSON, or a .py defining pjmap), as for convert")
    train = parser.add_argument_group("training (--train)", "run optimizer steps in both frameworks from the same "
                                      "weights on the same batches; compare the loss, every gradient and every "
                                      "parameter after each step (mean relative error per tensor <= --tolerance)")
    train.add_argument("--train", action="store_true", help="compare training steps instead of one forward pass")
    train.add_argument("--steps", type=int, default=3, help="optimizer steps (default 3)")
    train.add_argument("--optimizer", choices=sorted(OPTIMIZERS), default="sgd",
                       help="sgd (momentum 0.9), adam, adamw or rmsprop, PyTorch's defaults otherwise")
    train.add_argument("--loss", choices=sorted(LOSSES), default="ce",
                       help="ce: cross-entropy on random class targets; mse: on N(0, 1) targets of the output's shape")
    train.add_argument("--grad-tolerance", type=float, default=GRADIENT_TOLERANCE,
                       help=f"mean relative error allowed per gradient (default {GRADIENT_TOLERANCE:g})")
    train.add_argument("--free-running", action="store_true",
                       help="let each framework follow its own trajectory instead of starting every step from "
                       "PyTorch's parameters, buffers and optimizer state (errors then compound: in float32 a "
                       "deep net's steps drift apart after a few steps)")
    train.add_argument("--float64", action="store_true",
                       help="run both frameworks in float64 (with --free-running: tells drift from a real difference)")
    train.add_argument("--lr", type=float, default=None,
                       help="learning rate (default: " + ", ".join(f"{k} {v[2]:g}" for k, v in sorted(OPTIMIZERS.items())) + ")")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    from ..mapping import load_mapping_file

    extra = {}
    for mapping_path in args.mapping:
        try:
            extra.update(load_mapping_file(mapping_path))
        except (OSError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2

    path, _, builder_name = args.target.rpartition(":")
    if not path or not builder_name:
        print(f"error: expected FILE.py:Builder, got {args.target!r}", file=sys.stderr)
        return 2
    try:
        shape = tuple(int(s) for s in args.input_shape.split(","))
        kwargs = json.loads(args.kwargs)
        assert isinstance(kwargs, dict)
    except (ValueError, AssertionError):
        print("error: --input-shape takes integers like 2,3,224,224 and --kwargs a JSON object", file=sys.stderr)
        return 2
    if args.steps < 1:
        print("error: --steps takes a positive number", file=sys.stderr)
        return 2
    if not os.path.isfile(path):
        print(f"error: {path}: no such file", file=sys.stderr)
        return 2

    folder = os.path.dirname(os.path.abspath(path))
    stem = os.path.splitext(os.path.basename(path))[0]
    out = tempfile.mkdtemp(prefix="t2j-verify-")
    try:
        result = convert_with_siblings(folder, os.path.basename(path), out, extra or None)
    except (ConversionError, UnicodeError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    from .. import diagnostics as D

    for d in result.diagnostics:  # what the converter could not vouch for: where to look first
        if d.kind in (D.UNSUPPORTED_API, D.UNSUPPORTED_ARGUMENT, D.UNBOUND_ARGUMENTS):
            print(d.format(path), file=sys.stderr)

    import numpy as np
    import torch

    try:
        pt_module = _load_module(path, f"t2j_verify_pytorch_{stem}", folder)
        torch.manual_seed(args.seed)
        pt_model = getattr(pt_module, builder_name)(**kwargs)
    except Exception as exc:  # noqa: BLE001 - the user's own PyTorch code failed: bad input
        print(f"error: {path}: building the PyTorch model failed: {exc!r}", file=sys.stderr)
        return 2
    image = np.random.RandomState(args.seed).random_sample(shape).astype("float32")
    try:
        # the converted file imports this folder's helper package, not one an earlier run loaded
        # (its folder lacks what this conversion wrote beside it, such as t2j_torchvision/)
        helpers = _helper_module(out) if os.path.isdir(os.path.join(out, "jittor_compat")) else None
        jt_module = _load_module(os.path.join(out, stem + ".py"), f"t2j_verify_jittor_{stem}", out)
        jt_model = getattr(jt_module, builder_name)(**kwargs)
        if args.train:
            return _train_command(args, pt_model, jt_model, helpers or _helper_module(out), shape)
        result = compare(pt_model, jt_model, image, layers=args.layers)
    except Exception as exc:  # noqa: BLE001 - the converted model failed: that is the finding
        import traceback

        where = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.startswith(out)]
        at = f" at line {where[-1].lineno}: {where[-1].line}" if where else ""
        print(f"FAIL: the converted model raised {exc!r}{at}")
        return 1
    print(f"model: {args.target}  input: {shape}")
    print(f"output shape: {result.output_shape}")
    print(f"mean relative error (seed formula): {result.mean_rel_err:.3e}")
    print(f"max absolute error: {result.max_abs_err:.3e} (largest PyTorch output: {result.max_abs_output:.3e})")
    if result.keys_match:
        print("state_dict keys: identical (BatchNorm num_batches_tracked aside)")
    else:
        print(f"state_dict keys only in PyTorch: {result.only_in_pytorch}")
        print(f"state_dict keys only in Jittor: {result.only_in_jittor}")
    if args.layers:
        if result.first_divergence:
            name, err = result.first_divergence
            print(f"first diverging submodule: {name} (max abs error {err:.3e})")
        else:
            print("first diverging submodule: none (every submodule output matches)")
    ok = result.ok(args.tolerance)
    print("PASS" if ok else f"FAIL (tolerance {args.tolerance:g})")
    return 0 if ok else 1


def _helper_module(out: str):
    """The helper package (jittor_compat) written into `out`, as the converted model imports it:
    its optimizers and losses are what converted training code calls."""
    import importlib
    import sys

    from ..api import HELPER_PACKAGE as name
    from ..api import write_helper_module

    write_helper_module(out)
    loaded = sys.modules.get(name)
    if loaded is not None and os.path.abspath(loaded.__file__ or "").startswith(os.path.join(os.path.abspath(out), "")):
        return loaded
    for module in [m for m in sys.modules if m.split(".")[0] in (name, "t2j_torchvision")]:
        del sys.modules[module]  # another folder's copy (and the torchvision package written beside it)
    sys.path.insert(0, out)
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(out)


def _train_command(args, pt_model, jt_model, helpers, shape) -> int:
    from .verify_train import OPTIMIZERS, report, train_compare

    opt_name, opt_extra, default_lr = OPTIMIZERS[args.optimizer]
    lr = default_lr if args.lr is None else args.lr
    extra = "".join(f", {k} {v}" for k, v in opt_extra.items())
    dtype = "float64" if args.float64 else "float32"
    print(f"model: {args.target}  input: {shape}")
    print(f"training: {args.steps} step(s) of {opt_name} (lr {lr:g}{extra}), loss {args.loss}, model in training mode, "
          f"batches numpy-generated from seed {args.seed}")
    if args.free_running:
        print(f"each framework follows its own trajectory from the same initial weights ({dtype}): errors compound")
    else:
        print(f"each step starts from PyTorch's parameters, buffers and optimizer state ({dtype}), "
              "after those are compared: errors do not compound")
    print(f"tolerance: mean relative error per tensor {args.tolerance:g} (loss, module outputs, parameters, "
          f"optimizer state), {args.grad_tolerance:g} per gradient")
    result = train_compare(pt_model, jt_model, helpers, shape, steps=args.steps, optimizer=args.optimizer,
                           loss=args.loss, lr=lr, seed=args.seed, gradient_tolerance=args.grad_tolerance,
                           synchronise=not args.free_running, dtype=dtype)
    for line in report(result, args.tolerance):
        print(line)
    ok = result.ok(args.tolerance)
    print("PASS" if ok else f"FAIL (tolerance: mean relative error per tensor {args.tolerance:g}, "
                            f"per gradient {args.grad_tolerance:g})")
    return 0 if ok else 1
