"""torch.save and torch.load: Jittor's pickle, or PyTorch's zip checkpoints read without torch."""
from __future__ import annotations

import contextlib
import importlib
import io
import os
import pickle
import shutil
import sys
import tempfile
import types
import zipfile

import jittor as jt
import numpy as np

from ._common import var_keeping_dtype


def _to_plain(obj):
    """Vars -> numpy for pickling (recursively through dicts, lists, tuples)."""
    if isinstance(obj, jt.Var):
        return obj.numpy()
    if isinstance(obj, dict):
        return type(obj)((k, _to_plain(v)) for k, v in obj.items())
    if isinstance(obj, (list, tuple)) and not hasattr(obj, "_fields"):
        return type(obj)(_to_plain(v) for v in obj)
    return obj


def _to_vars(obj):
    """numpy arrays -> Vars with the same dtype (Jittor would make int64 int32, float64 float32)."""
    if isinstance(obj, np.ndarray) and obj.dtype.kind in "biuf":
        return var_keeping_dtype(obj)
    if isinstance(obj, dict):
        return type(obj)((k, _to_vars(v)) for k, v in obj.items())
    if isinstance(obj, (list, tuple)) and not hasattr(obj, "_fields"):
        return type(obj)(_to_vars(v) for v in obj)
    return obj


def _found_by_name(cls) -> bool:
    module = sys.modules.get(cls.__module__)
    value = module
    for part in cls.__qualname__.split("."):
        value = getattr(value, part, None)
    return value is cls


def _public_name(cls):
    """(module, name) where a class pickle cannot find by its own name is bound: Jittor's layers
    made by `make_module` (nn.ReLU, nn.GELU, ...) are local classes bound in jittor.nn."""
    for module_name in (cls.__module__, "jittor.nn", "jittor"):
        module = sys.modules.get(module_name)
        for name, value in vars(module).items() if module is not None else ():
            if value is cls:
                return module, name
    return None


class _ModulePickler(pickle.Pickler):
    """Pickles whole modules as PyTorch does: classes pickle cannot name are written as the
    lookup that finds them again; an `adapt_args` subclass (one that only translates PyTorch's
    constructor arguments) as its Jittor class. The file needs neither this package nor torch."""

    def reducer_override(self, obj):
        if isinstance(obj, types.ModuleType):
            return importlib.import_module, (obj.__name__,)
        if not isinstance(obj, type) or _found_by_name(obj):
            return NotImplemented
        place = _public_name(obj)
        if place is None and set(vars(obj)) <= {"__init__", "__module__", "__doc__"} and len(obj.__bases__) == 1:
            base = obj.__bases__[0]  # only __init__ differs: instances are the base's once built
            place = (sys.modules[base.__module__], base.__qualname__) if _found_by_name(base) else _public_name(base)
        if place is None:
            return NotImplemented  # pickle's own error names the class
        return getattr, place


def save(obj, f, pickle_module=None, pickle_protocol=2, _use_new_zipfile_serialization=True,
         _disable_byteorder_record=False):
    """Pickles obj with its Vars as numpy arrays (Jittor's own format; load() reads it back).
    A whole model pickles too, its classes by name (load() needs them importable, as PyTorch's does)."""
    buffer = io.BytesIO()
    _ModulePickler(buffer, protocol=max(pickle_protocol, 2)).dump(_to_plain(obj))
    data = buffer.getvalue()
    if hasattr(f, "write"):
        f.write(data)
        return
    with open(f, "wb") as fh:
        fh.write(data)


# Jittor's reader accepts only these file name endings.
_TORCH_SUFFIXES = (".pth", ".pt", ".bin")


def _read_torch_file(path):
    """What torch.save wrote to path (PyTorch's zip or legacy format), read by Jittor's reader
    without torch: tensors as numpy arrays. Raises ModuleNotFoundError (name 'torch...') for a
    file that pickles other PyTorch objects (a whole nn.Module, a torch.Size)."""
    from jittor_utils.load_pytorch import load_pytorch

    if path.endswith(_TORCH_SUFFIXES):
        return load_pytorch(path)
    # The reader goes by the file name: give it one it accepts (model.ckpt, model.pth.tar).
    folder = tempfile.mkdtemp(prefix="t2j-load-")
    try:
        readable = os.path.join(folder, "checkpoint.pth")
        try:
            os.symlink(os.path.abspath(path), readable)
        except OSError:
            shutil.copyfile(path, readable)
        return load_pytorch(readable)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def load(f, map_location=None, pickle_module=None, *, weights_only=None, mmap=None, **pickle_load_args):
    """Reads what save() wrote, or a file PyTorch's torch.save wrote (its zip format, read without
    torch by Jittor's reader); arrays come back as Vars."""
    path = getattr(f, "name", f)
    if isinstance(path, str) and zipfile.is_zipfile(path):
        return _to_vars(_read_torch_file(path))
    if hasattr(f, "read"):
        return _to_vars(pickle.loads(f.read()))
    with open(f, "rb") as fh:
        return _to_vars(pickle.load(fh))


class serialization_safe_globals(contextlib.ContextDecorator):
    """torch.serialization.safe_globals(globals): the classes a `weights_only` torch.load may build.
    load() here unpickles any class (as torch.load(weights_only=False)), so there is nothing to widen."""

    def __init__(self, safe_globals):
        self.safe_globals = list(safe_globals)

    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def serialization_add_safe_globals(safe_globals):
    """torch.serialization.add_safe_globals: nothing to widen (see serialization_safe_globals)."""
    list(safe_globals)
