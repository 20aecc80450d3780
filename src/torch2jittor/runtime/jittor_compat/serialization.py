"""torch.save and torch.load: Jittor's pickle, or PyTorch's zip checkpoints read without torch."""
from __future__ import annotations

import os
import pickle
import shutil
import tempfile
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


def save(obj, f, pickle_module=None, pickle_protocol=2, _use_new_zipfile_serialization=True,
         _disable_byteorder_record=False):
    """Pickles obj with its Vars as numpy arrays (Jittor's own format; load() reads it back)."""
    data = pickle.dumps(_to_plain(obj), protocol=max(pickle_protocol, 2))
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
