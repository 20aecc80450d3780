"""torch's top-level utilities: constants, dtype info, devices, seeding, gradient mode, TorchScript names."""
from __future__ import annotations

import builtins
import math
import os
import typing

import jittor as jt
import numpy as np

from ._common import default_float, dtype_name, ntuple


pi, e, inf, nan = math.pi, math.e, math.inf, math.nan

# TorchScript's annotation names are typing's.
Final, List, Tuple, Dict, Optional = (typing.Final, typing.List, typing.Tuple, typing.Dict,
                                      typing.Optional)


def _numpy_dtype(dtype):
    return np.dtype("float32" if dtype is None else dtype_name(dtype))


class finfo:
    """Machine limits of a float dtype. numpy's finfo has PyTorch's values but as numpy scalars
    (np.float32(1.19e-07)); PyTorch's are Python floats."""

    def __init__(self, type=None):
        info = np.finfo(_numpy_dtype(type))
        self.bits, self.dtype = info.bits, str(info.dtype)
        self.eps, self.max, self.min, self.tiny, self.resolution = (
            float(v) for v in (info.eps, info.max, info.min, info.tiny, info.resolution))
        self.smallest_normal = self.tiny


def iinfo(type):
    return np.iinfo(_numpy_dtype(type))


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
        if type == "cuda" and jt.has_cuda:
            # the script chose the GPU (`torch.device("cuda")` when available): Jittor runs every
            # op there once this flag is set, as PyTorch would after `.to(device)`
            jt.flags.use_cuda = 1

    def __str__(self):
        return self.type if self.index is None else f"{self.type}:{self.index}"

    def __repr__(self):
        return f"device(type={self.type!r}" + (")" if self.index is None else f", index={self.index})")

    def __eq__(self, other):
        other = device(other) if isinstance(other, str) else other
        return isinstance(other, device) and (self.type, self.index) == (other.type, other.index)

    def __hash__(self):
        return hash((self.type, self.index))


def device_of(tensor):
    """`x.device`: where Jittor computes every Var (`jt.flags.use_cuda`)."""
    return device("cuda" if jt.flags.use_cuda else "cpu")


_DTYPE_NAMES = frozenset(
    "bool int8 int16 int32 int64 uint8 uint16 uint32 uint64 float16 bfloat16 float32 float64".split())


class _DtypeType(type):
    def __instancecheck__(cls, obj):
        # a Var's dtype is a NanoString; jt.float32 and friends are cast functions
        return isinstance(obj, jt.dtype) or (callable(obj) and getattr(obj, "__name__", "") in _DTYPE_NAMES)


class dtype(metaclass=_DtypeType):
    """torch.dtype for annotations and isinstance(): Jittor's dtypes are NanoStrings (x.dtype) and
    cast functions (jt.float32); both are instances of this class."""


class Size(tuple):
    def numel(self):
        return int(np.prod(self, dtype=np.int64))


def get_default_dtype():
    return jt.dtype(default_float())


def set_default_dtype(d):
    """The float dtype the helpers' creation functions give (torch.tensor of floats, zeros, rand, ...);
    layers keep creating float32 parameters (noted at the call)."""
    name = dtype_name(d)
    if name not in ("float32", "float64", "float16", "bfloat16"):
        raise TypeError(f"only floating-point types are supported as the default type (got {name})")
    _SETTINGS["default_dtype"] = name


# the seed and the settings Jittor has no counterpart for, kept and read back as set; on jt, as the
# package's other process-wide state: every copy of the helper package in a process shares them
_SETTINGS = jt.__dict__.setdefault("_t2j_settings", {
    "seed": None, "num_threads": None, "deterministic": False, "warn_only": False, "matmul_precision": "highest"})


def manual_seed(seed):
    # Jittor draws when a Var is computed, not when made: draws made before the call must come from
    # the old seed, as in PyTorch (`a = rand(4); manual_seed(0); b = rand(4)`), so they run first
    jt.sync_all()
    _SETTINGS["seed"] = int(seed)
    jt.set_global_seed(int(seed))


def initial_seed():
    """The seed manual_seed last set (PyTorch's default generator starts from a random one)."""
    if _SETTINGS["seed"] is None:
        import random

        manual_seed(random.getrandbits(63))
    return _SETTINGS["seed"]


def set_num_threads(int):  # noqa: A002 - PyTorch's parameter name
    _SETTINGS["num_threads"] = builtins.int(int)


def get_num_threads():
    return _SETTINGS["num_threads"] or (os.cpu_count() or 1)


def use_deterministic_algorithms(mode, *, warn_only=False):
    _SETTINGS["deterministic"], _SETTINGS["warn_only"] = bool(mode), bool(warn_only)


def are_deterministic_algorithms_enabled():
    return _SETTINGS["deterministic"]


def is_deterministic_algorithms_warn_only_enabled():
    return _SETTINGS["warn_only"]


def set_float32_matmul_precision(precision):
    if precision not in ("highest", "high", "medium"):
        raise RuntimeError(f"Invalid precision: {precision}")
    _SETTINGS["matmul_precision"] = precision


def get_float32_matmul_precision():
    return _SETTINGS["matmul_precision"]


def cuda_is_available():
    return bool(jt.has_cuda)


def cuda_is_bf16_supported(including_emulation=True):
    return bool(jt.has_cuda)


def cuda_device_count():
    return 1 if jt.has_cuda else 0


def cuda_synchronize(device=None):
    jt.sync_all(True)


def cuda_empty_cache():
    jt.gc()


# torch.accelerator: the one accelerator Jittor can use is CUDA
def accelerator_is_available():
    return bool(jt.has_cuda)


def accelerator_current_accelerator(check_available=False):
    return device("cuda") if jt.has_cuda else None


def accelerator_device_count():
    return cuda_device_count()


def mps_is_available():
    return False  # Apple's Metal: Jittor has no backend for it


class _Settings:
    """A settings namespace (`cudnn.benchmark = True`, `cuda.matmul.allow_tf32 = False`): Jittor
    chooses its own algorithms, so the settings are kept and read back but change nothing."""

    def __init__(self, **settings):
        self.__dict__.update(settings)


cudnn = _Settings(enabled=True, benchmark=False, deterministic=False, allow_tf32=True)
cuda_backend = _Settings(matmul=_Settings(allow_tf32=False))


def is_tensor(obj):
    return isinstance(obj, jt.Var)


def check(cond, message=None):
    """torch._check: a RuntimeError with the (lazily built) message when cond is false."""
    if not cond:
        text = message() if callable(message) else message
        raise RuntimeError(text if text is not None else "Expected cond to be True, but got False.")


def _ntuple(n):
    def parse(x):
        return ntuple(x, n)

    return parse


single, pair, triple, quadruple = (_ntuple(n) for n in (1, 2, 3, 4))


enable_grad = jt.enable_grad


def is_grad_enabled():
    return not jt.flags.no_grad


class set_grad_enabled:
    """As a call it switches gradients globally; as a context manager, for its block only."""

    def __init__(self, mode):
        self.previous = bool(jt.flags.no_grad)
        jt.flags.no_grad = not mode

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        jt.flags.no_grad = self.previous


# --- type promotion (torch.result_type, promote_types, can_cast) ---------------------------------------
_KINDS = {"bool": 0, "uint8": 1, "int8": 1, "int16": 1, "int32": 1, "int64": 1,
          "float16": 2, "bfloat16": 2, "float32": 2, "float64": 2}


def _dtype_of(value):
    return dtype_name(value.dtype if isinstance(value, jt.Var) else value)


def _promote_names(a, b):
    """PyTorch's promotion of two dtype names: a float wins over any integer (numpy would widen
    int64 + float32 to float64), float16 with bfloat16 gives float32, integers widen as numpy's do."""
    if a == b:
        return a
    if _KINDS[a] != _KINDS[b]:
        return a if _KINDS[a] > _KINDS[b] else b
    if {a, b} == {"float16", "bfloat16"}:
        return "float32"
    return str(np.promote_types(a, b))


def promote_types(type1, type2):
    return getattr(jt, _promote_names(dtype_name(type1), dtype_name(type2)))


def result_type(tensor, other):
    """The dtype of an operation on the two: Vars promote among themselves; a Python number counts only
    when its kind (bool < int < float) is higher, and then gives that kind's default (int64, float32)."""
    names = [_dtype_of(v) for v in (tensor, other) if isinstance(v, jt.Var)]
    result = names[0] if names else None
    for name in names[1:]:
        result = _promote_names(result, name)
    for value in (tensor, other):
        if isinstance(value, jt.Var):
            continue
        kind, default = ((0, "bool") if isinstance(value, bool) else (1, "int64") if isinstance(value, int)
                         else (2, "float32"))
        if result is None:
            result = default if kind < 2 else "float32"
        elif kind > _KINDS[result]:
            result = default
    return getattr(jt, result)


def can_cast(from_, to):
    """PyTorch's same-kind rule: no float to integer, nothing but bool to bool."""
    source, target = _KINDS[dtype_name(from_)], _KINDS[dtype_name(to)]
    return not (source == 2 and target < 2) and not (target == 0 and source != 0)


class inference_mode:
    """Gradients off for the block or the decorated function, as torch.inference_mode (Jittor has no
    inference tensors: inside, results simply carry no gradient)."""

    _depth = 0

    def __new__(cls, mode=True):
        if callable(mode):  # `@torch.inference_mode` without parentheses
            return cls(True)(mode)
        return super().__new__(cls)

    def __init__(self, mode=True):
        self.mode = bool(mode)

    def __enter__(self):
        self.previous = bool(jt.flags.no_grad)
        if self.mode:
            jt.flags.no_grad = True
            inference_mode._depth += 1
        return self

    def __exit__(self, *exc):
        jt.flags.no_grad = self.previous
        if self.mode:
            inference_mode._depth -= 1

    def __call__(self, fn):
        import functools

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            with inference_mode(self.mode):
                return fn(*args, **kwargs)

        return wrapper


def is_inference_mode_enabled():
    return inference_mode._depth > 0


def Variable(data, requires_grad=False, volatile=False):
    """torch.autograd.Variable (a plain tensor since PyTorch 0.4): the data itself, made a leaf
    requiring gradients with requires_grad=True."""
    if requires_grad:
        from .tensor_methods import tensor_requires_grad_

        return tensor_requires_grad_(data)
    return data


def is_tensor_like(inp):
    return isinstance(inp, jt.Var)


class _MemoryFormat:
    """A torch.memory_format value (Jittor keeps one memory layout)."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"torch.{self.name}"


channels_last, channels_last_3d = _MemoryFormat("channels_last"), _MemoryFormat("channels_last_3d")
contiguous_format, preserve_format = _MemoryFormat("contiguous_format"), _MemoryFormat("preserve_format")
