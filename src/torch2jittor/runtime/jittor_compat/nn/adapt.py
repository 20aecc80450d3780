"""Jittor layer classes called later with PyTorch's keyword arguments (classes passed around as values)."""
from __future__ import annotations

import functools

_ADAPTED: dict = {}


def adapt_args(cls, links=None, delete=(), extras=None, unsupported=None):
    """`cls` (a Jittor layer class, or a function) made to accept PyTorch's keyword arguments.

    Code like `norm_layer = nn.BatchNorm2d` ... `norm_layer(64, eps=1e-3)` or
    `activation_layer(inplace=True)` calls the class later with PyTorch's arguments, and
    `nn.Conv2d(..., **dd)` passes arguments known only at run time; the mapping entry's links
    (renamed), delete (dropped), extras (forced) and unsupported (only the PyTorch default
    allowed) are applied at that call. A class becomes a subclass (isinstance() keeps working).
    """
    links, extras, unsupported = dict(links or {}), dict(extras or {}), dict(unsupported or {})
    key = (cls, tuple(sorted(links.items())), tuple(delete), tuple(sorted(extras.items(), key=repr)),
           tuple(sorted(unsupported.items(), key=repr)))
    adapted = _ADAPTED.get(key)
    if adapted is not None:
        return adapted

    def translate(kwargs):
        for name in delete:
            kwargs.pop(name, None)
        for name, default in unsupported.items():
            if name in kwargs:
                if kwargs[name] != default:
                    raise NotImplementedError(
                        f"{getattr(cls, '__name__', cls)}: argument {name}={kwargs[name]!r} has no Jittor equivalent")
                del kwargs[name]
        for old, new in links.items():
            if old in kwargs:
                kwargs[new] = kwargs.pop(old)
        kwargs.update(extras)
        return kwargs

    if isinstance(cls, type):
        def __init__(self, *args, **kwargs):
            cls.__init__(self, *args, **translate(kwargs))

        adapted = type(cls.__name__, (cls,), {"__init__": __init__, "__module__": cls.__module__})
    else:
        @functools.wraps(cls)
        def adapted(*args, **kwargs):
            return cls(*args, **translate(kwargs))
    _ADAPTED[key] = adapted
    return adapted
