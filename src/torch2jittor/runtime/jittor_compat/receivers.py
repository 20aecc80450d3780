"""PyTorch's tensor methods for receivers the converter could not prove to be tensors.

`values, idx = t2j.maybe_tensor(x).max(1)`: where `x` is a function's parameter, an attribute or
an unpacked value, the converter cannot tell a tensor from a user's object with its own `.max()`.
For the methods its table rewrites (Jittor's same-named Var method differs: `max(1)` gives values
only, `argmax` a tuple, `var` is biased, `clamp(min=)` takes `min_v`), it wraps the receiver:
a Var gets PyTorch's method, done as the converter does it on a provable tensor, from the same
table (_var_method_table.ENTRIES); any other object is returned as it is, its own method called.
"""
from __future__ import annotations

import inspect
import sys

import jittor as jt

from ._var_method_table import ENTRIES

_MISSING = object()


def maybe_tensor(obj):
    """`obj` itself, or for a Var (a Jittor module) the view of it whose tensor (module) methods
    are PyTorch's."""
    if isinstance(obj, jt.Var):
        return _TensorMethods(obj)
    if isinstance(obj, jt.Module):
        return _ModuleMethods(obj)
    return obj


class _ModuleMethods:
    """A module seen through the methods PyTorch's Module shares with Tensor, for a receiver the
    converter could not tell from a tensor (`model.backbone.requires_grad_(False)`): Jittor's
    Module.requires_grad_ only stopped the gradient of its forward's inputs, float()/double()/cpu()/
    type() were missing. Other names are the module's own attributes."""

    __slots__ = ("_receiver",)

    def __init__(self, module):
        self._receiver = module

    def __getattr__(self, name):
        from .nn import module as m  # (the nn package imports this module's package)

        module = self._receiver
        helper = {"requires_grad_": m.module_requires_grad_, "float": m.module_float, "double": m.module_double,
                  "half": m.module_half, "bfloat16": m.module_bfloat16, "type": m.module_type,
                  "cpu": _same_module, "cuda": _same_module}.get(name)
        if helper is None:
            return getattr(module, name)

        def method(*args, **kwargs):
            return helper(module, *args, **kwargs)

        method.__name__ = name
        return method


def _same_module(module, *args, **kwargs):
    """cpu()/cuda(): Jittor places every Var by jt.flags.use_cuda."""
    return module


class _TensorMethods:
    """A Var seen through PyTorch's methods: `_TensorMethods(x).max(1)` is `torch.Tensor.max(x, 1)`
    converted; a name the table does not rewrite is the Var's own attribute."""

    __slots__ = ("_receiver",)  # a name no tensor method has

    def __init__(self, var):
        self._receiver = var

    def __getattr__(self, name):
        spec = ENTRIES.get(name)
        var = self._receiver
        if spec is None:
            base = ENTRIES.get(name[:-1]) if name.endswith("_") and not hasattr(var, name) else None
            if base is None or base[8]:
                return getattr(var, name)

            def method(*args, **kwargs):  # `x.acos_()` where the table has acos: PyTorch's in-place form
                from .tensor_methods import inplace_

                return inplace_(var, _call(var, name[:-1], base, args, kwargs))
        else:
            def method(*args, **kwargs):
                return _call(var, name, spec, args, kwargs)

        method.__name__ = name
        return method


def _signature(name, params):
    """PyTorch's signature with every default replaced by _MISSING: binding tells what was passed."""
    kinds = {"positional": inspect.Parameter.POSITIONAL_OR_KEYWORD, "posonly": inspect.Parameter.POSITIONAL_ONLY,
             "varargs": inspect.Parameter.VAR_POSITIONAL, "kwonly": inspect.Parameter.KEYWORD_ONLY,
             "varkw": inspect.Parameter.VAR_KEYWORD}
    return inspect.Signature([
        inspect.Parameter(p, kinds[kind], default=_MISSING if default is not None and kinds[kind] not in (
            inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD) else inspect.Parameter.empty)
        for p, kind, default in params])


_SIGNATURES: dict = {}


def _is_default(value, default) -> bool:
    """Whether `value` restates a literal default (a non-literal default, such as torch.strided,
    cannot be restated in Jittor code: any value is refused)."""
    if not isinstance(default, tuple):
        return False
    try:
        return type(value) is type(default[0]) and value == default[0]
    except Exception:  # noqa: BLE001 - an array compared to a number
        return False


def _call(var, name, spec, args, kwargs):
    """torch.Tensor.<name>(var, *args, **kwargs) as the converter converts it on a provable tensor."""
    module, target, pytorch, jittor, links, extras, delete, unsupported, rule = spec
    signature = _SIGNATURES.get(name)
    if signature is None:
        signature = _SIGNATURES[name] = _signature(name, pytorch)
    try:
        bound = signature.bind(*args, **kwargs).arguments
    except TypeError as exc:
        raise TypeError(f"Tensor.{name}(): {exc}") from None
    if rule == "size":
        dim = bound.get("dim")
        return var.shape if dim is None else var.shape[dim]
    if rule == "device_move":
        return var  # Jittor places every Var by jt.flags.use_cuda
    package = sys.modules[__name__.rsplit(".", 1)[0]]
    if rule == "alpha" and not _is_default(bound.get("alpha", 1), (1,)):
        return getattr(package, target)(var, *args, **kwargs)
    defaults = {p: default for p, _, default in pytorch}
    kinds = {p: kind for p, kind, _ in pytorch}
    accepted = {p for p, kind, _ in jittor if kind != "varkw"}
    takes_any = any(kind == "varkw" for _, kind, _ in jittor)
    passed, rest = {}, ()
    for param, value in bound.items():
        if kinds[param] == "varargs":
            rest = value
            continue
        if kinds[param] == "varkw":
            passed.update(value)
            continue
        if param in delete:
            continue
        jname = links.get(param, param)
        if param in unsupported or not (jname in accepted or takes_any):
            if _is_default(value, defaults[param]):
                continue
            raise NotImplementedError(f"Tensor.{name}(): argument {param}={value!r} has no Jittor equivalent")
        passed[jname] = value
    passed.update(extras)
    own = jittor[1:] if module == "t2j" else jittor  # a helper takes the receiver first
    positional = []
    if any(kind == "varargs" for _, kind, _ in own):
        for param, kind, default in own:  # all before Jittor's *args by position
            if kind == "varargs":
                positional.extend(rest)
                break
            if param in passed:
                positional.append(passed.pop(param))
            elif isinstance(default, tuple):
                positional.append(default[0])
            else:
                break  # Jittor's own error for the missing argument
    else:
        # what Jittor takes by position only, a gap before a given one filled with Jittor's default
        posonly = [(param, default) for param, kind, default in own if kind == "posonly"]
        last = max((k for k, (param, _) in enumerate(posonly) if param in passed), default=-1)
        for param, default in posonly[:last + 1]:
            positional.append(passed.pop(param) if param in passed else default[0])
    if module == "t2j":
        return getattr(package, target)(var, *positional, **passed)
    return getattr(type(var), target)(var, *positional, **passed)

