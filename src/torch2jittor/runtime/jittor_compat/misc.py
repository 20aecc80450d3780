"""torch's top-level utilities: constants, dtype info, devices, seeding, gradient mode, TorchScript names."""
from __future__ import annotations

import builtins
import math
import os
import random as _random
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

    # `size == x.shape`: Jittor's shape (a NanoVector) raises when compared with anything but a
    # plain tuple or list, so the Size compares as the tuple of its sizes
    def __eq__(self, other):
        return tuple.__eq__(self, tuple(other) if isinstance(other, jt.NanoVector) else other)

    def __ne__(self, other):
        return not self == other

    __hash__ = tuple.__hash__

    def __repr__(self):
        return f"torch.Size({list(self)})"

    __str__ = __repr__


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
    _seed_generators(int(seed))


def _seed_generators(seed):
    """Jittor's generator and numpy's global one (the helper package draws torch's data-loading and
    transform randomness from it), as jt.set_global_seed does, but not Python's `random`, which
    torch.manual_seed leaves alone (a script's own `random` draws must not restart). numpy takes
    0 <= seed < 2 ** 32; PyTorch takes any 64-bit seed."""
    state = _random.getstate()
    jt.set_global_seed(seed % 2 ** 32)
    _random.setstate(state)


def initial_seed():
    """The seed manual_seed last set (PyTorch's default generator starts from a random one)."""
    if _SETTINGS["seed"] is None:
        manual_seed(int.from_bytes(os.urandom(8), "little") >> 1)
    return _SETTINGS["seed"]


def get_rng_state():
    """A state that set_rng_state restores: Jittor cannot read its generators' state, so the generators
    (Jittor's and numpy's) are reseeded here with a seed drawn from Jittor's, which the returned uint8 tensor
    holds; the draws after set_rng_state(state) repeat those after this call. (PyTorch's state is 5056 bytes.)"""
    jt.sync_all()  # draws made before the call come from the old state (Jittor draws when computing)
    state = int(jt.randint(0, 2 ** 31 - 1, (1,)).item())  # after manual_seed, the same in every run
    _seed_generators(state)
    return jt.array(np.frombuffer(np.int64(state).tobytes(), dtype=np.uint8).copy(), dtype="uint8")


def set_rng_state(new_state):
    """The generators put back in the state get_rng_state returned."""
    array = new_state.numpy() if isinstance(new_state, jt.Var) else np.asarray(new_state)
    if array.dtype != np.uint8 or array.size != 8:
        raise RuntimeError("set_rng_state: expected a state returned by get_rng_state (8 uint8 values here)")
    jt.sync_all()
    _seed_generators(int(np.frombuffer(array.tobytes(), dtype=np.int64)[0]))


def seed():
    """Seeds the generators with a non-deterministic number and returns it (initial_seed() then gives it)."""
    value = int.from_bytes(os.urandom(8), "little") >> 1
    manual_seed(value)
    return value


def typename(obj):
    """PyTorch's name of obj's type: 'torch.FloatTensor' for a tensor, else module.qualname ('int' for builtins)."""
    if isinstance(obj, jt.Var):
        from .tensor_methods import tensor_type

        return tensor_type(obj)
    module = getattr(obj, "__module__", "") or ""
    if hasattr(obj, "__qualname__"):
        qualname = obj.__qualname__
    elif hasattr(obj, "__name__"):
        qualname = obj.__name__
    else:
        module, qualname = obj.__class__.__module__ or "", obj.__class__.__qualname__
    return qualname if module in ("", "builtins") else f"{module}.{qualname}"


def is_storage(obj):
    """False: Jittor has no storage objects (a Var holds its memory itself)."""
    return False


_PRINT_PROFILES = {"default": dict(precision=4, threshold=1000, edgeitems=3, linewidth=80),
                   "short": dict(precision=2, threshold=1000, edgeitems=2, linewidth=80),
                   "full": dict(precision=4, threshold=math.inf, edgeitems=3, linewidth=80)}


def set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, profile=None, sci_mode=None):
    """PyTorch's print options for a Var's text (_tensor_str.py); numpy's own stay as they are."""
    from ._tensor_str import OPTIONS

    if profile:
        OPTIONS.update(_PRINT_PROFILES[profile])
    for name, value in (("precision", precision), ("threshold", threshold), ("edgeitems", edgeitems),
                        ("linewidth", linewidth)):
        if value is not None:
            OPTIONS[name] = value
    OPTIONS["sci_mode"] = sci_mode


def get_default_device():
    """Where Jittor creates Vars: CUDA when jt.flags.use_cuda is set, else the CPU."""
    return device("cuda" if jt.flags.use_cuda else "cpu")


def set_default_device(device):
    """Jittor's one placement flag: 'cuda' sets jt.flags.use_cuda (PyTorch's later tensor creation fails
    without a GPU; here the call raises), 'cpu' or None clears it."""
    kind = "cpu" if device is None else str(getattr(device, "type", device)).split(":")[0]
    if kind == "cuda" and not jt.has_cuda:
        raise RuntimeError("Found no NVIDIA driver on your system: Jittor cannot use CUDA")
    if kind not in ("cpu", "cuda"):
        raise RuntimeError(f"set_default_device: Jittor has no {kind} device")
    jt.flags.use_cuda = 1 if kind == "cuda" else 0


def set_default_tensor_type(t):
    """The default float dtype of the legacy type or its name ('torch.DoubleTensor'); where Vars live stays
    Jittor's flag (jt.flags.use_cuda) for CUDA types too."""
    name = t if isinstance(t, str) else getattr(t, "__name__", str(t))
    dtypes = {"FloatTensor": "float32", "DoubleTensor": "float64", "HalfTensor": "float16",
              "BFloat16Tensor": "bfloat16"}
    short = name.rsplit(".", 1)[-1]
    if short not in dtypes:
        raise TypeError(f"only floating-point types are supported as the default type (got {name})")
    set_default_dtype(dtypes[short])


# anomaly mode and warn-always: recorded and read back (Jittor has neither)
_SETTINGS.setdefault("anomaly", False)
_SETTINGS.setdefault("anomaly_check_nan", True)
_SETTINGS.setdefault("warn_always", False)


def is_anomaly_enabled():
    return _SETTINGS["anomaly"]


def is_anomaly_check_nan_enabled():
    return _SETTINGS["anomaly_check_nan"]


def set_anomaly_enabled(enabled, check_nan=True):
    _SETTINGS["anomaly"], _SETTINGS["anomaly_check_nan"] = bool(enabled), bool(check_nan)


def is_warn_always_enabled():
    return _SETTINGS["warn_always"]


def set_warn_always(b):
    _SETTINGS["warn_always"] = bool(b)


def get_num_interop_threads():
    return os.cpu_count() or 1  # PyTorch's default: one per core (Jittor sizes its own pools)


def init_num_threads():
    """PyTorch initializes its thread pools for the calling thread: Jittor sizes its own."""


def compiled_with_cxx11_abi():
    return True  # PyTorch 2.x's builds, and Jittor's g++ builds, use the C++11 ABI


def is_vulkan_available():
    return False  # Jittor has no Vulkan backend


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


_ITEMSIZES = {"bool": 1, "uint8": 1, "int8": 1, "int16": 2, "int32": 4, "int64": 8,
              "float16": 2, "bfloat16": 2, "float32": 4, "float64": 8}
_DTYPE_ATTRIBUTES = ("is_floating_point", "is_signed", "is_complex", "itemsize")


def dtype_key(value):
    """A Var's dtype as a dict key or set member: the cast function of its name (jt.float32, what
    torch.float32 converts to; a NanoString cannot be hashed); any other value itself."""
    return getattr(jt, str(value)) if type(value).__name__ == "NanoString" else value


def dtype_str(value):
    """str() of a dtype as PyTorch writes it, 'torch.float32' (a Var's dtype says 'float32', jt.float32
    is a function); anything else's own str()."""
    return f"torch.{dtype_name(value)}" if isinstance(value, dtype) else str(value)


def dtype_attribute(value, name):
    """torch.dtype's `is_floating_point`, `is_signed`, `is_complex` and `itemsize` of a Jittor dtype:
    jt.float32 (a cast function) has none of them, and a Var's dtype (a NanoString) has no is_signed
    or itemsize, and an is_floating_point that is a method (always true as a condition). Any other
    object (a numpy dtype, a user's) answers with its own attribute."""
    key = dtype_name(value) if isinstance(value, dtype) else None
    if key not in _ITEMSIZES or name not in _DTYPE_ATTRIBUTES:
        return getattr(value, name)
    if name == "is_floating_point":
        return _KINDS[key] == 2
    if name == "is_signed":
        return key not in ("bool", "uint8")
    if name == "is_complex":
        return False
    return _ITEMSIZES[key]


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
