"""Stand-ins for torch names the converter could not map.

Converted code never refers to a name that nothing binds: a torch import whose name is still used
after the conversion (an unsupported API left as written, a module passed around as a value) binds
that name to a stand-in. Binding never fails, so a package imports even when one of its code paths
uses an unsupported API; the stand-in raises, naming the torch API, when that path actually runs:
when it is called, instantiated (also through a subclass), or an attribute of it is called.
"""

from __future__ import annotations

import sys

TORCH_VERSION = "2.14.1"  # the PyTorch release the conversion table was proven against


class UnsupportedAPIError(NotImplementedError):
    """A torch API with no Jittor conversion was used at run time."""


def _caller() -> str:
    """file:line of the converted code that used the stand-in."""
    frame = sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__") == __name__:
        frame = frame.f_back
    return f"{frame.f_code.co_filename}:{frame.f_lineno}" if frame is not None else "<unknown>"


class _Unsupported(type):
    """The class of stand-ins: any attribute is a deeper stand-in; a call raises."""

    def __new__(mcs, name, bases, namespace, api: str | None = None):
        cls = super().__new__(mcs, name, bases, namespace)
        cls._t2j_standin = api is not None  # False for a user class deriving from a stand-in
        if api is not None:
            cls._t2j_api = api
        return cls

    def __getattr__(cls, name: str):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)  # copy, pickle and inspect see a plain class
        return unsupported(f"{cls._t2j_api}.{name}")

    def __call__(cls, *args, **kwargs):
        how = "called" if cls._t2j_standin else f"instantiated through {cls.__qualname__}"
        raise UnsupportedAPIError(
            f"{cls._t2j_api} is not supported by the Jittor conversion ({how} at {_caller()}); "
            f"torch2jittor reported it when converting and marked the line "
            f"'# torch2jittor: unsupported: {cls._t2j_api.split('.', 1)[0]}...'"
        )

    def __getitem__(cls, item):
        return cls  # `Sampler[List[int]]` as a base class or an annotation

    def __or__(cls, other):
        return cls  # `torch.Tensor | None` in an annotation

    __ror__ = __or__

    def __instancecheck__(cls, instance) -> bool:
        return cls in type(instance).__mro__  # a stand-in itself has no instances

    def __repr__(cls) -> str:
        return f"<unsupported torch API {cls._t2j_api}>" if cls._t2j_standin else super().__repr__()


def unsupported(api: str) -> type:
    """A stand-in for the torch API `api` ('torch.autograd.Function', 'torch.distributed'): a class,
    so a module-level `class X(torch.something)` still defines X; using it raises UnsupportedAPIError."""
    return _Unsupported(api.rsplit(".", 1)[-1], (), {}, api=api)


# torch.compiler's queries and decorators take the eager path: Jittor code is never being compiled,
# exported or traced by PyTorch.
def compiler_is_compiling() -> bool:
    return False


def compile(model=None, *, fullgraph=False, dynamic=None, backend="inductor", mode=None, options=None,
            disable=False):
    """`torch.compile(model)` and `@torch.compile(...)`: the model or function itself (Jittor compiles
    its operators as they run)."""
    return _as_is(model)


def compiler_disable(fn=None, recursive=True, *, reason=None):
    """`@torch.compiler.disable` (with or without arguments): the function itself."""
    return _as_is(fn)


def _as_is(fn):
    """A decorator used bare (`fn` given) or with arguments (a decorator returned) that changes nothing."""
    return fn if fn is not None else (lambda f: f)
