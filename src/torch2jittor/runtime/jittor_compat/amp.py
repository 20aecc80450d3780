"""torch.amp: autocast and GradScaler.

Jittor has no autocast: code runs in its own dtypes (float32), which is exactly what PyTorch does
where autocast is disabled (`enabled=False`, or a CUDA autocast without a GPU) and more precise
than a reduced-precision region. Without reduced precision there is no gradient underflow to guard
against, so the GradScaler is PyTorch's disabled one: scale() returns its input, step() steps.
"""
from __future__ import annotations

import functools

import jittor as jt

from ._common import dtype_name

# the dtype autocast would compute in, per device type (PyTorch's defaults), and the cache flag: recorded and
# read back, a context's dtype while it is entered; on jt, shared by every copy of the helper package
_DEFAULT_DTYPES = {"cuda": "float16", "cpu": "bfloat16", "xpu": "float16", "hpu": "bfloat16", "mps": "float16",
                   "xla": "bfloat16", "ipu": "float16", "mtia": "float16", "maia": "bfloat16"}
_STATE = jt.__dict__.setdefault("_t2j_autocast", {"dtypes": dict(_DEFAULT_DTYPES), "cache": True})


class autocast:
    """A context manager and decorator that changes nothing (see the module docstring)."""

    def __init__(self, device_type="cuda", dtype=None, enabled=True, cache_enabled=None):
        if not isinstance(device_type, str):
            raise ValueError(f"Expected `device_type` of type `str`, got: `{type(device_type)}`")
        self.device, self.fast_dtype, self._enabled = device_type, dtype, enabled

    def __enter__(self):
        self._saved = get_autocast_dtype(self.device) if self.device in _STATE["dtypes"] else None
        if self.fast_dtype is not None and self._saved is not None:
            set_autocast_dtype(self.device, self.fast_dtype)
        return self

    def __exit__(self, *exc):
        if self._saved is not None:
            set_autocast_dtype(self.device, self._saved)
        return False

    def __call__(self, func):
        @functools.wraps(func)
        def run(*args, **kwargs):
            with self:
                return func(*args, **kwargs)

        return run


def cuda_autocast(enabled=True, dtype=None, cache_enabled=True):
    """torch.cuda.amp.autocast(...): torch.autocast("cuda", ...)."""
    return autocast("cuda", dtype=dtype, enabled=enabled, cache_enabled=cache_enabled)


def cpu_autocast(enabled=True, dtype=None, cache_enabled=True):
    return autocast("cpu", dtype=dtype, enabled=enabled, cache_enabled=cache_enabled)


def is_autocast_enabled(device_type=None):
    return False


class GradScaler:
    """PyTorch's GradScaler as it behaves disabled: the loss unscaled, the optimizer stepped."""

    def __init__(self, device="cuda", init_scale=2.0 ** 16, growth_factor=2.0, backoff_factor=0.5,
                 growth_interval=2000, enabled=True):
        self._device, self._growth_factor, self._backoff_factor = device, growth_factor, backoff_factor
        self._growth_interval = growth_interval

    def scale(self, outputs):
        return outputs

    def unscale_(self, optimizer):
        pass

    def step(self, optimizer, *args, **kwargs):
        return optimizer.step(*args, **kwargs)

    def update(self, new_scale=None):
        pass

    def get_scale(self):
        return 1.0

    def is_enabled(self):
        return False

    def get_growth_factor(self):
        return self._growth_factor

    def get_backoff_factor(self):
        return self._backoff_factor

    def get_growth_interval(self):
        return self._growth_interval

    def state_dict(self):
        return {}

    def load_state_dict(self, state_dict):
        pass


def cuda_grad_scaler(init_scale=2.0 ** 16, growth_factor=2.0, backoff_factor=0.5, growth_interval=2000, enabled=True):
    """torch.cuda.amp.GradScaler(...): torch.amp.GradScaler("cuda", ...)."""
    return GradScaler("cuda", init_scale, growth_factor, backoff_factor, growth_interval, enabled)


class OutOfMemoryError(RuntimeError):
    """torch.cuda.OutOfMemoryError (torch.OutOfMemoryError): an `except` clause naming it stays valid."""


# --- autocast's settings: read back as set (Jittor computes in the Vars' own dtypes whatever they say) ---------
def get_autocast_dtype(device_type):
    if device_type not in _STATE["dtypes"]:
        raise RuntimeError(f"Expected one of {', '.join(_DEFAULT_DTYPES)} device type at start of device string: "
                           f"{device_type}")
    return jt.dtype(_STATE["dtypes"][device_type])


def set_autocast_dtype(device_type, dtype):
    get_autocast_dtype(device_type)
    _STATE["dtypes"][device_type] = dtype_name(dtype)


def get_autocast_cpu_dtype():
    return get_autocast_dtype("cpu")


def get_autocast_gpu_dtype():
    return get_autocast_dtype("cuda")


def get_autocast_ipu_dtype():
    return get_autocast_dtype("ipu")


def get_autocast_xla_dtype():
    return get_autocast_dtype("xla")


def set_autocast_cpu_dtype(dtype):
    set_autocast_dtype("cpu", dtype)


def set_autocast_gpu_dtype(dtype):
    set_autocast_dtype("cuda", dtype)


def set_autocast_ipu_dtype(dtype):
    set_autocast_dtype("ipu", dtype)


def set_autocast_xla_dtype(dtype):
    set_autocast_dtype("xla", dtype)


def is_autocast_cpu_enabled():
    return is_autocast_enabled("cpu")


def is_autocast_ipu_enabled():
    return is_autocast_enabled("ipu")


def is_autocast_xla_enabled():
    return is_autocast_enabled("xla")


def is_autocast_cache_enabled():
    return _STATE["cache"]


def set_autocast_cache_enabled(enabled):
    _STATE["cache"] = bool(enabled)


def clear_autocast_cache():
    """Nothing is cached: Jittor makes no reduced-precision copies of weights."""
