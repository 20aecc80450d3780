"""How a table entry is written: the seed's dict shape, one parser for argument lists, one builder family.

Every builder returns exactly the seed's dict (``pytorch``/``jittor``/``links``/``extras``/``delete``,
plus the optional ``unsupported``/``rule``/``note``/``base``); mapping.py validates it.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Param:
    name: str
    default: str | None  # source text of the default, None when required
    kind: str  # "positional", "varargs", "kwonly", "varkw"
    # before a `/`: Jittor's C++ Var methods (add, mul, equal, ...) and its `transpose(*dim)` take
    # these by position only, and a keyword raises at run time
    posonly: bool = False


@dataclass(frozen=True)
class Signature:
    params: tuple[Param, ...]

    @property
    def positional(self) -> list[Param]:
        return [p for p in self.params if p.kind == "positional"]

    @property
    def varargs(self) -> Param | None:
        return next((p for p in self.params if p.kind == "varargs"), None)

    @property
    def has_varkw(self) -> bool:
        return any(p.kind == "varkw" for p in self.params)

    def get(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name and p.kind != "varkw"), None)

    def index(self, name: str) -> int:
        for i, p in enumerate(self.positional):
            if p.name == name:
                return i
        return -1

    def without(self, names, keyword_only: bool = True) -> str:
        """The argument list as `def` source, leaving out the parameters in `names` (and PyTorch's
        keyword-only marker when not `keyword_only`)."""
        out: list[str] = []
        star_written = not keyword_only
        for k, p in enumerate(self.params):
            if p.name in names:
                continue
            if out and not p.posonly and k and self.params[k - 1].posonly:
                out.append("/")
            if p.kind == "varargs":
                star_written = True
                out.append("*" + p.name)
            elif p.kind == "varkw":
                out.append("**" + p.name)
            else:
                if p.kind == "kwonly" and not star_written:
                    out.append("*")
                    star_written = True
                out.append(p.name if p.default is None else f"{p.name}={p.default}")
        if self.params and self.params[-1].posonly and self.params[-1].name not in names:
            out.append("/")
        return ", ".join(out)


@lru_cache(maxsize=4096)
def parse_signature(args: str) -> Signature:
    """Parse an argument list written as in a ``def`` (the seed's ``args`` strings)."""
    args = (args or "").strip()
    try:
        fn = ast.parse(f"def _({args}): pass").body[0]
    except SyntaxError as exc:
        raise ValueError(f"bad argument list {args!r}: {exc.msg}") from None
    a = fn.args
    params: list[Param] = []
    positional = a.posonlyargs + a.args
    defaults = [None] * (len(positional) - len(a.defaults)) + [ast.unparse(d) for d in a.defaults]
    params += [Param(p.arg, d, "positional", k < len(a.posonlyargs))
               for k, (p, d) in enumerate(zip(positional, defaults))]
    if a.vararg:
        params.append(Param(a.vararg.arg, None, "varargs"))
    params += [
        Param(p.arg, None if d is None else ast.unparse(d), "kwonly")
        for p, d in zip(a.kwonlyargs, a.kw_defaults)
    ]
    if a.kwarg:
        params.append(Param(a.kwarg.arg, None, "varkw"))
    return Signature(tuple(params))


# PyTorch's placement/precision arguments of layer constructors: Jittor's layers have none.
FACTORY = ("device", "dtype")
# Arguments of torch functions Jittor has no use for: it places every Var by jt.flags.use_cuda,
# every float Var is differentiable, and its functions never compute in place.
NO_USE = ("device", "requires_grad", "pin_memory", "_stacklevel", "inplace")
# Arguments of torch functions Jittor cannot honour: dropped when they restate PyTorch's default,
# reported otherwise.
NOT_HONOURED = ("out", "layout", "generator", "memory_format", "sparse_grad", "return_indices", "antialias")


def entry(pytorch_args, module, name, jittor_args, *, links=None, extras=None, delete=None, unsupported=None,
          rule=None, note=None, base=None) -> dict:
    """The seed's entry: `torch.X(pytorch_args)` becomes `module.name(jittor_args)`."""
    raw = {
        "pytorch": {"args": pytorch_args},
        "jittor": {"module": module, "name": name, "args": jittor_args},
        "links": dict(links or {}),
        "extras": dict(extras or {}),
        "delete": list(delete or []),
    }
    if unsupported:
        raw["unsupported"] = list(unsupported)
    if base:
        raw["base"] = base
    if rule:
        raw["rule"] = rule
    if note:
        raw["note"] = note
    return raw


def _present(signature: Signature, names) -> list[str]:
    return [p.name for p in signature.params if p.name in names and p.kind in ("positional", "kwonly")]


def function(pytorch_args, module, name, jittor_args=None, *, delete=(), unsupported=(), keep=(), **fields) -> dict:
    """A torch function: the `NO_USE` arguments (and `delete`) it takes are deleted, the `NOT_HONOURED`
    ones (and `unsupported`) flagged, except those in `keep` (the target takes and honours them). `jittor_args`
    defaults to PyTorch's list without both, every argument taken by position or name (as the
    helper module's functions take them)."""
    signature = parse_signature(pytorch_args)
    unsup = [n for n in _present(signature, set(NOT_HONOURED) | set(unsupported)) if n not in keep]
    dele = [n for n in _present(signature, set(NO_USE) | set(delete)) if n not in unsup and n not in keep]
    if jittor_args is None:
        jittor_args = signature.without(set(unsup) | set(dele), keyword_only=False)
    return entry(pytorch_args, module, name, jittor_args, unsupported=unsup, delete=dele, **fields)


def helper(pytorch_args, name, jittor_args=None, *, delete=(), unsupported=(), **fields) -> dict:
    """The helper module's (`t2j`) function or class `name`, taking PyTorch's arguments except the
    `delete`d and `unsupported` ones (unless `jittor_args` says otherwise)."""
    signature = parse_signature(pytorch_args)
    unsup = _present(signature, unsupported)
    dele = [n for n in _present(signature, delete) if n not in unsup]
    if jittor_args is None:
        jittor_args = signature.without(set(unsup) | set(dele))
    return entry(pytorch_args, "t2j", name, jittor_args, unsupported=unsup, delete=dele, **fields)


def layer(pytorch_args, name, jittor_args=None, **fields) -> dict:
    """A helper-module layer class taking PyTorch's constructor arguments, less device/dtype (an
    `unsupported` one stays in its signature: the class takes it and the converter flags it)."""
    signature = parse_signature(pytorch_args)
    if jittor_args is None:
        jittor_args = signature.without(FACTORY)
    return entry(pytorch_args, "t2j", name, jittor_args, delete=_present(signature, FACTORY), **fields)


def method(name, args="", jittor_args=None, **fields) -> dict:
    """The jittor.Var method `name` (the receiver stays), taking `args` unless `jittor_args` differs."""
    return entry(args, "", name, args if jittor_args is None else jittor_args, **fields)


def method_helper(args, name) -> dict:
    """`x.m(args)` -> `t2j.name(x, args)`: a helper taking the receiver first, then PyTorch's arguments."""
    return entry(args, "t2j", name, "self, " + args if args else "self")
