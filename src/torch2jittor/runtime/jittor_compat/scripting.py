"""TorchScript / FX / checkpointing stand-ins (eager behaviour)."""
from __future__ import annotations


def jit_passthrough(fn=None, *args, **kwargs):
    """`@torch.jit.unused`, `@torch.jit.ignore(drop=True)`, `torch.jit.script(m)`: eager no-ops."""
    if fn is None or not callable(fn) or isinstance(fn, bool):
        return lambda f: f  # used with arguments: @torch.jit.ignore(drop=True)
    return fn


def is_scripting() -> bool:
    return False


def annotate(the_type, the_value):
    return the_value


def _assert(condition, message):
    assert condition, message


def fx_wrap(fn_or_name):
    return fn_or_name


def checkpoint(function, *args, use_reentrant=None, **kwargs):
    return function(*args, **kwargs)
