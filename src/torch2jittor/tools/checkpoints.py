"""Load PyTorch checkpoints into Jittor models; convert them to Jittor `.pkl` weights.

    report = load_torch_state_dict(jittor_model, "model.pth")   # LoadReport: names every problem
    convert_checkpoint("model.pth", "model.pkl")                # then jittor_model.load("model.pkl")
    torch2jittor weights IN.pth -o OUT.pkl [--check-against model.py:build]

Reading a `.pth`: `torch.load` when torch is importable; otherwise Jittor's own reader
(`jittor_utils.load_pytorch`), which reads PyTorch's zip format and its legacy format as long as
the file holds only tensors, numbers, strings and containers (a state_dict, an optimizer state).
A file that pickles other PyTorch objects (a whole `nn.Module`, a `torch.Size`) needs torch.
Both readers, like `pickle`, can run code stored in a file: load only checkpoints you trust.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import pickle
import sys
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from ..files import atomic_write
from . import prepare_jittor

# Training scripts nest the weights under one of these; the first that holds a mapping wins.
WRAPPER_KEYS = ("state_dict", "model_state_dict", "model", "net")
# DataParallel/DDP add `module.`, torch.compile adds `_orig_mod.`; either may wrap the other.
WRAPPER_PREFIXES = ("module.", "_orig_mod.")
# PyTorch's BatchNorm counts batches; Jittor's BatchNorm has no such buffer.
IGNORED_SUFFIX = "num_batches_tracked"
# jittor_utils.load_pytorch refuses other file name endings; jt.load treats these as PyTorch files.
TORCH_SUFFIXES = (".pth", ".pt", ".bin")

ZIP_MAGIC = b"PK\x03\x04"
LEGACY_TORCH_MAGIC = b"\x8a\nl\xfc\x9cF\xf9 j\xa8P\x19"  # pickled 0x1950a86a20f9469cfc6c
JITTOR_PICKLE_TRAILER = b"HCAJSLHD"  # jt.save appends sha1 (20 bytes) + this marker

EXIT_OK, EXIT_NOT_OK, EXIT_BAD_INPUT = 0, 1, 2


class CheckpointError(ValueError):
    """A checkpoint file that cannot be read or holds no state_dict; the message names the file."""


@dataclass
class LoadReport:
    """What load_torch_state_dict did, key by key (keys after prefix stripping)."""

    loaded: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # in the Jittor model, not in the checkpoint
    unexpected: list[str] = field(default_factory=list)  # in the checkpoint, not in the Jittor model
    mismatched: list[tuple[str, tuple, tuple]] = field(default_factory=list)  # (key, torch, jittor)
    ignored: list[str] = field(default_factory=list)  # num_batches_tracked and non-tensor entries
    stripped_prefix: str = ""

    @property
    def ok(self) -> bool:
        return not (self.missing or self.unexpected or self.mismatched)

    def __str__(self) -> str:
        lines = [f"loaded {len(self.loaded)} tensor(s)" + (" - all matched" if self.ok else "")]
        if self.stripped_prefix:
            lines.append(f"stripped prefix: {self.stripped_prefix!r}")
        if self.missing:
            lines.append(f"missing {len(self.missing)} (in the Jittor model, not in the checkpoint): "
                         + ", ".join(self.missing))
        if self.unexpected:
            lines.append(f"unexpected {len(self.unexpected)} (in the checkpoint, not in the Jittor model): "
                         + ", ".join(self.unexpected))
        for key, torch_shape, jittor_shape in self.mismatched:
            lines.append(f"shape mismatch: {key}: checkpoint {list(torch_shape)} vs Jittor {list(jittor_shape)}")
        if self.ignored:
            lines.append(f"ignored {len(self.ignored)}: " + ", ".join(self.ignored))
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------- reading

def _read_file(path: str):
    """The unpickled object in a PyTorch checkpoint or a Jittor/plain pickle, told apart by content."""
    if not os.path.isfile(path):
        raise FileNotFoundError(f"checkpoint not found: {path}")
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head.startswith(ZIP_MAGIC) or LEGACY_TORCH_MAGIC in head:
        return _read_torch_file(path)
    if head.startswith(b"\x80"):  # pickle protocol 2+: save_jittor_weights, jt.save, pickle.dump
        return _read_pickle(path)
    raise CheckpointError(f"{path}: not a PyTorch checkpoint (zip or legacy format) nor a pickle")


def _read_torch_file(path: str):
    try:
        import torch
    except ImportError:
        return _read_torch_file_with_jittor(path)
    try:
        return torch.load(path, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as exc:
        # Old checkpoints pickle argparse.Namespace, numpy arrays or whole modules.
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        warnings.warn(
            f"{path}: torch.load(weights_only=True) refused it ({reason}); reading it with "
            "weights_only=False, which can run code stored in the file - only for checkpoints you trust",
            UserWarning, stacklevel=4)
    except Exception as exc:
        raise CheckpointError(f"{path}: torch.load cannot read it: {exc}") from exc
    try:
        return torch.load(path, map_location="cpu", weights_only=False)
    except Exception as exc:
        raise CheckpointError(f"{path}: torch.load cannot read it: {exc}") from exc


def _read_torch_file_with_jittor(path: str):
    try:
        from ..runtime.jittor_compat.serialization import _read_torch_file
    except ImportError as exc:
        raise CheckpointError(f"{path}: reading a PyTorch checkpoint needs torch or jittor; "
                              f"neither can be imported ({exc})") from exc
    try:
        obj = _read_torch_file(path)  # the reader converted code's torch.load uses
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] != "torch":
            raise CheckpointError(f"{path}: Jittor's reader cannot read it: {exc}") from exc
        raise CheckpointError(
            f"{path}: holds PyTorch objects other than tensors (a whole nn.Module, torch.Size, ...), "
            "which Jittor's reader cannot rebuild without torch; install torch, or re-save it with "
            "torch.save(model.state_dict(), path)") from exc
    except Exception as exc:
        raise CheckpointError(f"{path}: Jittor's reader cannot read it (torch is not installed): {exc}") from exc
    if obj is None:
        raise CheckpointError(f"{path}: Jittor's reader returned nothing")
    return obj


def _read_pickle(path: str):
    with open(path, "rb") as fh:
        data = fh.read()
    if data.endswith(JITTOR_PICKLE_TRAILER):
        body, checksum = data[:-28], data[-28:-8]
        if hashlib.sha1(body).digest() != checksum:
            raise CheckpointError(f"{path}: checksum does not match; the file is corrupted")
        data = body
    try:
        return pickle.loads(data)
    except Exception as exc:
        raise CheckpointError(f"{path}: cannot unpickle it: {exc}") from exc


# ---------------------------------------------------------------------------------- normalising

def _extract_state_dict(obj, name: str):
    """(state_dict, path of wrapper keys taken, top-level keys left out)."""
    taken: list[str] = []
    left_out: list[str] = []
    while True:
        if not isinstance(obj, Mapping) and callable(getattr(obj, "state_dict", None)):
            obj = obj.state_dict()  # a whole pickled nn.Module
            taken.append("state_dict()")
            continue
        if not isinstance(obj, Mapping):
            break
        inner_key = next((k for k in WRAPPER_KEYS if k in obj and (
            isinstance(obj[k], Mapping) or callable(getattr(obj[k], "state_dict", None)))), None)
        if inner_key is None:
            break
        if not taken:
            left_out = [str(k) for k in obj if k != inner_key]
        taken.append(inner_key)
        obj = obj[inner_key]
    if not isinstance(obj, Mapping):
        raise CheckpointError(f"{name}: no state_dict found (got {type(obj).__name__})")
    return obj, taken, left_out


def _to_numpy(value):
    """A numpy array for a torch tensor, Jittor Var or array; None for anything else."""
    if isinstance(value, np.ndarray):
        return value
    if isinstance(value, np.generic):
        return np.asarray(value)
    if callable(getattr(value, "detach", None)) and callable(getattr(value, "cpu", None)):  # torch
        tensor = value.detach().cpu()
        if str(tensor.dtype) == "torch.bfloat16":  # numpy has no bfloat16
            tensor = tensor.float()
        return tensor.numpy()
    if callable(getattr(value, "numpy", None)):  # Jittor Var
        return np.asarray(value.numpy())
    return None


def _strip_prefixes(keys: list[str], model_keys=None) -> str:
    """The wrapper prefix every key carries (and the model's keys do not), '' if none."""
    stripped = ""
    while keys:
        rest = [k[len(stripped):] for k in keys]
        prefix = next((p for p in WRAPPER_PREFIXES if all(k.startswith(p) for k in rest)), None)
        if prefix is None:
            break
        if model_keys and all(k.startswith(stripped + prefix) for k in model_keys):
            break  # the Jittor model really has a submodule of that name
        stripped += prefix
    return stripped


def _normalize(state_dict: Mapping, model_keys=None):
    """(numpy arrays by normalised key, stripped prefix, ignored keys)."""
    keys = [str(k) for k in state_dict]
    prefix = _strip_prefixes(keys, model_keys)
    arrays: dict[str, np.ndarray] = {}
    ignored: list[str] = []
    for raw_key, value in state_dict.items():
        key = str(raw_key)[len(prefix):]
        array = _to_numpy(value)
        if array is None:
            ignored.append(key)
        elif key.rsplit(".", 1)[-1] == IGNORED_SUFFIX and not (model_keys and key in model_keys):
            ignored.append(key)
        else:
            arrays[key] = array
    return arrays, prefix, ignored


# ------------------------------------------------------------------------------------ public API

def load_torch_state_dict(jittor_model, path_or_dict, *, strict: bool = False) -> LoadReport:
    """Load PyTorch weights (a checkpoint path, a Jittor .pkl, or a dict) into a Jittor nn.Module.

    Keys that match in name and shape are loaded; the rest are reported by name. With strict=True
    a ValueError naming the problem keys is raised and nothing is loaded.
    """
    if isinstance(path_or_dict, (str, os.PathLike)):
        name = os.fspath(path_or_dict)
        obj = _read_file(name)
    else:
        name, obj = "<dict>", path_or_dict
    state_dict, _, _ = _extract_state_dict(obj, name)
    model_state = jittor_model.state_dict()
    arrays, prefix, ignored = _normalize(state_dict, set(model_state))

    report = LoadReport(ignored=ignored, stripped_prefix=prefix)
    to_load: dict[str, np.ndarray] = {}
    for key, array in arrays.items():
        target = model_state.get(key)
        if target is None:
            report.unexpected.append(key)
            continue
        jittor_shape = tuple(int(d) for d in target.shape)
        if array.shape != jittor_shape:
            if array.ndim == 0 and jittor_shape == (1,):  # Jittor has no 0-d Vars: scalars are [1]
                array = array.reshape(1)
            else:
                report.mismatched.append((key, tuple(array.shape), jittor_shape))
                continue
        to_load[key] = _as_dtype_of(array, target)
        report.loaded.append(key)
    report.missing = [k for k in model_state if k not in arrays and not k.endswith(IGNORED_SUFFIX)]

    if strict and not report.ok:
        raise ValueError(f"checkpoint {name} does not match the Jittor model:\n{report}")
    if to_load:
        jittor_model.load_parameters(to_load)
    return report


def _as_dtype_of(array: np.ndarray, target) -> np.ndarray:
    """Cast floats to the Jittor Var's float dtype, so a float16/float64 checkpoint keeps the model's."""
    try:
        dtype = np.dtype(str(target.dtype))
    except TypeError:  # e.g. bfloat16, unknown to numpy
        return np.ascontiguousarray(array)
    if array.dtype.kind == "f" and dtype.kind == "f":
        array = array.astype(dtype, copy=False)
    return np.ascontiguousarray(array)


def save_jittor_weights(state_dict_numpy: Mapping, path: str) -> None:
    """Write {name: array} as a pickle that jt.load and load_torch_state_dict read; atomically."""
    if os.fspath(path).endswith(TORCH_SUFFIXES):
        # jt.load would hand such a name to its PyTorch reader, which cannot read a plain pickle.
        raise ValueError(f"{path}: Jittor weights need another ending than {'/'.join(TORCH_SUFFIXES)}, e.g. .pkl")
    arrays = {}
    for key, value in state_dict_numpy.items():
        array = _to_numpy(value)
        if array is None:
            raise ValueError(f"{path}: value of {key!r} is not an array ({type(value).__name__})")
        arrays[str(key)] = np.ascontiguousarray(array)
    # Protocol 4 as jt.save uses; jt.load reads pickles with or without its checksum trailer.
    atomic_write(os.fspath(path), pickle.dumps(arrays, protocol=4))


def convert_checkpoint(in_path: str, out_path: str) -> dict:
    """Read a PyTorch checkpoint in any of the forms above and write normalised Jittor weights."""
    obj = _read_file(os.fspath(in_path))
    state_dict, taken, left_out = _extract_state_dict(obj, os.fspath(in_path))
    arrays, prefix, ignored = _normalize(state_dict)
    if not arrays:
        raise CheckpointError(f"{in_path}: the state_dict holds no tensors")
    save_jittor_weights(arrays, out_path)
    return {
        "input": os.fspath(in_path),
        "output": os.fspath(out_path),
        "source_key": ".".join(taken),  # '' for a plain state_dict
        "left_out": left_out,  # e.g. optimizer, epoch
        "tensors": len(arrays),
        "parameters": int(sum(a.size for a in arrays.values())),  # parameters and buffers
        "stripped_prefix": prefix,
        "ignored": ignored,
    }


# ------------------------------------------------------------------------------------------- CLI

def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="torch2jittor weights",
        description="Convert a PyTorch checkpoint (.pth/.pt) into Jittor weights (.pkl).")
    parser.add_argument("input", metavar="IN.pth", help="PyTorch checkpoint: state_dict or training checkpoint")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pkl", help="Jittor weights to write")
    parser.add_argument("--check-against", metavar="FILE.py:BUILDER",
                        help="build a Jittor model by calling BUILDER() from FILE.py and load the weights into it")
    return parser


def _err(msg: str) -> None:
    print(msg, file=sys.stderr)


def _build_model(spec: str):
    """Call BUILDER() from FILE.py; raises CheckpointError with a message for the user."""
    file_path, sep, builder_name = spec.rpartition(":")  # rpartition: keep a Windows drive letter
    if not sep or not file_path or not builder_name:
        raise CheckpointError(f"--check-against wants FILE.py:BUILDER, got {spec!r}")
    if not os.path.isfile(file_path):
        raise CheckpointError(f"--check-against: no such file: {file_path}")
    module_name = "_t2j_check_" + os.path.splitext(os.path.basename(file_path))[0]
    module_spec = importlib.util.spec_from_file_location(module_name, file_path)
    module = importlib.util.module_from_spec(module_spec)
    folder = os.path.dirname(os.path.abspath(file_path))
    sys.path.insert(0, folder)  # the model file may import its neighbours
    try:
        module_spec.loader.exec_module(module)
        builder = getattr(module, builder_name, None)
        if builder is None:
            raise CheckpointError(f"--check-against: {file_path} has no {builder_name!r}")
        model = builder()
    except CheckpointError:
        raise
    except Exception as exc:
        raise CheckpointError(f"--check-against: building {spec} failed: {type(exc).__name__}: {exc}") from exc
    finally:
        sys.path.remove(folder)
    if not (callable(getattr(model, "state_dict", None)) and callable(getattr(model, "load_parameters", None))):
        raise CheckpointError(f"--check-against: {spec}() returned {type(model).__name__}, not a Jittor nn.Module")
    return model


def _format_summary(summary: dict) -> str:
    lines = [f"wrote {summary['output']}: {summary['tensors']} tensor(s), "
             f"{summary['parameters']:,} values (parameters and buffers)"]
    if summary["source_key"]:
        left_out = f" (left out: {', '.join(summary['left_out'])})" if summary["left_out"] else ""
        lines.append(f"  weights from checkpoint key {summary['source_key']!r}{left_out}")
    lines.append(f"  stripped prefix: {summary['stripped_prefix']!r}" if summary["stripped_prefix"]
                 else "  stripped prefix: none")
    lines.append(f"  ignored {len(summary['ignored'])}: {', '.join(summary['ignored'])}" if summary["ignored"]
                 else "  ignored: none")
    return "\n".join(lines)


def weights_command(argv: list[str]) -> int:
    """`torch2jittor weights IN.pth -o OUT.pkl [--check-against FILE.py:BUILDER]`.

    Exit codes: 0 written (and matching the model if checked), 1 written but the model does not
    match, 2 bad input (nothing written).
    """
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad options, 0 on --help
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    prepare_jittor()  # before the checkpoint reader or the model file imports jittor
    if not os.path.isfile(args.input):
        _err(f"error: {args.input}: no such file")
        return EXIT_BAD_INPUT
    try:
        # Build the model first, so a bad --check-against writes nothing either.
        model = _build_model(args.check_against) if args.check_against else None
        summary = convert_checkpoint(args.input, args.output)
    except (OSError, ValueError) as exc:  # CheckpointError is a ValueError
        _err(f"error: {exc}")
        return EXIT_BAD_INPUT
    print(_format_summary(summary))
    if model is None:
        return EXIT_OK
    report = load_torch_state_dict(model, args.output)
    print(f"check against {args.check_against}:")
    print(report)
    return EXIT_OK if report.ok else EXIT_NOT_OK
