# --- torch's top-level utilities: constants, dtype info, devices, seeding, save/load ------------
import math as _ms_math
import pickle as _ms_pickle
import typing as _ms_typing
import zipfile as _ms_zipfile

import jittor as _ms_jittor
import numpy as _ms_np

pi, e, inf, nan = _ms_math.pi, _ms_math.e, _ms_math.inf, _ms_math.nan

# TorchScript's annotation names are typing's.
Final, List, Tuple, Dict, Optional = (_ms_typing.Final, _ms_typing.List, _ms_typing.Tuple, _ms_typing.Dict,
                                      _ms_typing.Optional)


def _ms_numpy_dtype(dtype):
    return _ms_np.dtype("float32" if dtype is None else _dtype_name(dtype))


def finfo(type=None):
    """Machine limits of a float dtype (numpy's finfo has PyTorch's eps, max, min, tiny, resolution)."""
    return _ms_np.finfo(_ms_numpy_dtype(type))


def iinfo(type):
    return _ms_np.iinfo(_ms_numpy_dtype(type))


class device:
    """A device description. Jittor places every Var by `jt.flags.use_cuda`, so this only carries
    what PyTorch code reads off it (`type`, `index`, str())."""

    def __init__(self, type, index=None):
        if isinstance(type, device):
            type, index = type.type, type.index
        type = str(type)
        if ":" in type:
            type, number = type.split(":", 1)
            index = int(number)
        self.type, self.index = type, index

    def __str__(self):
        return self.type if self.index is None else f"{self.type}:{self.index}"

    def __repr__(self):
        return f"device(type={self.type!r}" + (")" if self.index is None else f", index={self.index})")

    def __eq__(self, other):
        other = device(other) if isinstance(other, str) else other
        return isinstance(other, device) and (self.type, self.index) == (other.type, other.index)

    def __hash__(self):
        return hash((self.type, self.index))


_MS_DTYPE_NAMES = frozenset(
    "bool int8 int16 int32 int64 uint8 uint16 uint32 uint64 float16 bfloat16 float32 float64".split())


class _MsDtypeType(type):
    def __instancecheck__(cls, obj):
        # a Var's dtype is a NanoString; jt.float32 and friends are cast functions
        return isinstance(obj, _ms_jittor.dtype) or (callable(obj) and getattr(obj, "__name__", "") in _MS_DTYPE_NAMES)


class dtype(metaclass=_MsDtypeType):
    """torch.dtype for annotations and isinstance(): Jittor's dtypes are NanoStrings (x.dtype) and
    cast functions (jt.float32); both are instances of this class."""


class Size(tuple):
    def numel(self):
        return int(_ms_np.prod(self, dtype=_ms_np.int64))


def get_default_dtype():
    return _ms_jittor.float32


def manual_seed(seed):
    _ms_jittor.set_global_seed(int(seed))


def cuda_is_available():
    return bool(_ms_jittor.has_cuda)


def cuda_device_count():
    return 1 if _ms_jittor.has_cuda else 0


def cuda_synchronize(device=None):
    _ms_jittor.sync_all(True)


def is_tensor(obj):
    return isinstance(obj, _ms_jittor.Var)


def check(cond, message=None):
    """torch._check: a RuntimeError with the (lazily built) message when cond is false."""
    if not cond:
        text = message() if callable(message) else message
        raise RuntimeError(text if text is not None else "Expected cond to be True, but got False.")


def _ms_ntuple(n):
    def parse(x):
        if isinstance(x, (list, tuple)) or (hasattr(x, "__iter__") and not isinstance(x, str)):
            return tuple(x)
        return (x,) * n

    return parse


single, pair, triple, quadruple = (_ms_ntuple(n) for n in (1, 2, 3, 4))


enable_grad = _ms_jittor.enable_grad


def is_grad_enabled():
    return not _ms_jittor.flags.no_grad


class set_grad_enabled:
    """As a call it switches gradients globally; as a context manager, for its block only."""

    def __init__(self, mode):
        self.previous = bool(_ms_jittor.flags.no_grad)
        _ms_jittor.flags.no_grad = not mode

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        _ms_jittor.flags.no_grad = self.previous


def _ms_to_plain(obj):
    """Vars -> numpy for pickling (recursively through dicts, lists, tuples)."""
    if isinstance(obj, _ms_jittor.Var):
        return obj.numpy()
    if isinstance(obj, dict):
        return type(obj)((k, _ms_to_plain(v)) for k, v in obj.items())
    if isinstance(obj, (list, tuple)) and not hasattr(obj, "_fields"):
        return type(obj)(_ms_to_plain(v) for v in obj)
    return obj


def _ms_to_vars(obj):
    """numpy arrays -> Vars with the same dtype (Jittor would make int64 int32, float64 float32)."""
    if isinstance(obj, _ms_np.ndarray) and obj.dtype.kind in "biuf":
        return _var_keeping_dtype(obj)
    if isinstance(obj, dict):
        return type(obj)((k, _ms_to_vars(v)) for k, v in obj.items())
    if isinstance(obj, (list, tuple)) and not hasattr(obj, "_fields"):
        return type(obj)(_ms_to_vars(v) for v in obj)
    return obj


def save(obj, f, pickle_module=None, pickle_protocol=2, _use_new_zipfile_serialization=True,
         _disable_byteorder_record=False):
    """Pickles obj with its Vars as numpy arrays (Jittor's own format; load() reads it back)."""
    data = _ms_pickle.dumps(_ms_to_plain(obj), protocol=max(pickle_protocol, 2))
    if hasattr(f, "write"):
        f.write(data)
        return
    with open(f, "wb") as fh:
        fh.write(data)


def _ms_load_torch_zip(path):
    import os
    import shutil
    import tempfile

    from jittor_utils.load_pytorch import load_pytorch

    if path.endswith((".pth", ".pt", ".bin")):
        return load_pytorch(path)
    # Jittor's reader goes by the file name: give it one it accepts (model.ckpt, model.pth.tar)
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
    if isinstance(path, str) and _ms_zipfile.is_zipfile(path):
        return _ms_to_vars(_ms_load_torch_zip(path))
    if hasattr(f, "read"):
        return _ms_to_vars(_ms_pickle.loads(f.read()))
    with open(f, "rb") as fh:
        return _ms_to_vars(_ms_pickle.load(fh))
