"""Jittor layer classes called later with PyTorch's keyword arguments (classes passed around as values)."""
from __future__ import annotations

import functools

_ADAPTED: dict = {}
_METACLASSES: dict = {}


def _same_class_checks(meta):
    """A metaclass (derived from the Jittor class's own) under which the adapted class answers
    isinstance()/issubclass() as the class it adapts: `isinstance(m, (nn.Linear, nn.LayerNorm))`
    (minGPT's weight-decay split) holds for the layers built by direct calls too."""
    found = _METACLASSES.get(meta)
    if found is None:
        # only the adapted class itself: a user's subclass of it keeps Python's own checks
        def __instancecheck__(cls, obj):
            base = cls.__dict__.get("__t2j_adapts__")
            return isinstance(obj, base) if base is not None else meta.__instancecheck__(cls, obj)

        def __subclasscheck__(cls, sub):
            base = cls.__dict__.get("__t2j_adapts__")
            return issubclass(sub, base) if base is not None else meta.__subclasscheck__(cls, sub)

        # and compares equal to it: a class kept in a variable, `layer = nn.Linear` ... `type(m) == layer`
        def __eq__(cls, other):
            base = cls.__dict__.get("__t2j_adapts__")
            if base is not None and other is base:
                return True
            return meta.__eq__(cls, other)

        def __hash__(cls):
            base = cls.__dict__.get("__t2j_adapts__")
            return hash(base) if base is not None else meta.__hash__(cls)

        found = _METACLASSES[meta] = type(f"Adapted{meta.__name__}", (meta,), {
            "__instancecheck__": __instancecheck__, "__subclasscheck__": __subclasscheck__,
            "__eq__": __eq__, "__hash__": __hash__})
    return found


def adapt_args(cls, links=None, delete=(), extras=None, unsupported=None, positional=None):
    """`cls` (a Jittor layer class, or a function) made to accept PyTorch's keyword arguments.

    Code like `norm_layer = nn.BatchNorm2d` ... `norm_layer(64, eps=1e-3)` or
    `activation_layer(inplace=True)` calls the class later with PyTorch's arguments, and
    `nn.Conv2d(..., **dd)` passes arguments known only at run time; the mapping entry's links
    (renamed), delete (dropped), extras (forced) and unsupported (only the PyTorch default
    allowed) are applied at that call. A class becomes a subclass that isinstance()/issubclass() treat as the class itself.
    `positional` is (index, names): PyTorch's positional parameters from that index on, so that
    arguments passed by position there (`super().__init__(i, o, bias, device, dtype)`) are bound
    to their names and translated too.
    """
    links, extras, unsupported = dict(links or {}), dict(extras or {}), dict(unsupported or {})
    key = (cls, tuple(sorted(links.items())), tuple(delete), tuple(sorted(extras.items(), key=repr)),
           tuple(sorted(unsupported.items(), key=repr)), positional)
    adapted = _ADAPTED.get(key)
    if adapted is not None:
        return adapted

    def bind(args, kwargs):
        if positional is None or len(args) <= positional[0]:
            return args, kwargs
        first, names = positional
        if len(args) > first + len(names):
            raise TypeError(f"{getattr(cls, '__name__', cls)}() takes at most {first + len(names)} positional "
                            f"arguments ({len(args)} given)")
        for name, value in zip(names, args[first:]):
            if name in kwargs:
                raise TypeError(f"{getattr(cls, '__name__', cls)}() got multiple values for argument '{name}'")
            kwargs[name] = value
        return args[:first], kwargs

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
            args, kwargs = bind(args, kwargs)
            cls.__init__(self, *args, **translate(kwargs))

        adapted = _same_class_checks(type(cls))(cls.__name__, (cls,), {
            "__init__": __init__, "__module__": cls.__module__, "__t2j_adapts__": cls})
    else:
        @functools.wraps(cls)
        def adapted(*args, **kwargs):
            args, kwargs = bind(args, kwargs)
            return cls(*args, **translate(kwargs))
    _ADAPTED[key] = adapted
    return adapted
