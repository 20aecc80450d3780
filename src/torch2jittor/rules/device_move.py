"""`.cuda()`, `.cpu()`, `.to(...)` on tensors and modules.

Jittor places every Var according to `jt.flags.use_cuda`, so a move to a device has no
equivalent and is dropped, but only when the argument can only be a device (a device string,
`torch.device(...)`, `x.device`, a name saying `device`). A torch dtype constant becomes Jittor's
cast method (`.to(torch.float16)` -> `.float16()`, also after a device: `.to(device, torch.half)`).
Any other argument (a tensor, `x.dtype`, a name of unknown kind, `dtype=`) goes to `t2j.tensor_to`,
which casts as PyTorch does at run time. On a receiver not provably a tensor or module every
`.to(...)` goes to the helper: it does the same for a Var or a Module (Jittor's Module has no `.to`)
and calls any other object's own `.to`. A statement left doing nothing (`x = x`, a bare `model`)
goes whole.
"""
from __future__ import annotations

import ast

from .. import diagnostics as D
from . import register

# torch dtype name -> Jittor Var method converting to it
DTYPE_METHODS = {
    "float32": "float32", "float": "float32", "float16": "float16", "half": "float16",
    "float64": "float64", "double": "float64", "bfloat16": "bfloat16", "int8": "int8",
    "int16": "int16", "int32": "int32", "int": "int32", "int64": "int64", "long": "int64",
    "uint8": "uint8", "bool": "bool",
}
# keywords of Tensor.to/Module.to that never change a value
_PLACEMENT_KEYWORDS = frozenset({"device", "non_blocking", "copy", "memory_format"})


def _dtype_of(fc, node: ast.AST) -> str | None:
    q = fc.resolve(node)
    if q and q.startswith("torch.") and q.count(".") == 1:
        return DTYPE_METHODS.get(q.split(".")[1])
    return None


def _is_device(fc, node: ast.AST) -> bool:
    """Only a device can be here: a device string, torch.device(...), `x.device`, `device`-named."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.split(":")[0] in ("cpu", "cuda", "mps", "xpu", "meta")
    if isinstance(node, ast.Name):
        return "device" in node.id.lower() and "dtype" not in node.id.lower()
    if isinstance(node, ast.Attribute):
        return "device" in node.attr.lower() and "dtype" not in node.attr.lower()
    if isinstance(node, ast.Call):
        return (fc.resolve(node.func) or "") in ("torch.device", "torch.accelerator.current_accelerator")
    return False


def _provable(call: ast.Call, ctx) -> bool:
    types = ctx.types
    return types is not None and (types.is_tensor(call.func.value) or types.is_module(call.func.value))


def _applies(fc, call: ast.Call, ctx) -> bool:
    """Provable tensors and modules; on anything else `.to(...)` goes to the helper, which calls
    the object's own `.to` when it is no Var or Module (Jittor's Module has no `.to`, and its
    Var.to returns an uncast copy for `x.to(device, torch.half)`)."""
    if _provable(call, ctx):
        return True
    return call.func.attr == "to" and ctx.types is not None


@register("drop_device_move")
def drop_device_move(fc, call: ast.Call, entry, ctx):
    start, end = fc.dot_before_attr(call.func), fc.src.end(call)
    if fc.has_comment(start, end):
        fc.diag(D.NOTE, call, f".{call.func.attr}(...) holds a comment: left as written", f"torch.Tensor.{call.func.attr}")
        return None
    new = ""
    if call.func.attr == "to":
        kind = _to_kind(fc, call) if _provable(call, ctx) else None
        if kind is None:
            from .gradients import as_function_call

            return None if as_function_call(fc, call, "tensor_to", "torch.Tensor.to") else False
        new = f".{kind}()" if kind else ""
    fc.edits.replace(start, end, new)
    if not new and isinstance(fc.stmt, (ast.Assign, ast.Expr)):
        fc.maybe_emptied[id(fc.stmt)] = fc.stmt  # `x = x`, a bare `model`: the statement goes whole
    return None


def _to_kind(fc, call: ast.Call) -> str | None:
    """'' for a move to a device, the dtype method for a torch dtype constant, None otherwise."""
    if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
        return None
    args = list(call.args)
    dtype_kw = [k.value for k in call.keywords if k.arg == "dtype"]
    if any(k.arg not in _PLACEMENT_KEYWORDS | {"dtype"} for k in call.keywords):
        return None
    if any(k.arg == "copy" and not _is_false(k.value) for k in call.keywords):
        return None  # `x.to(torch.float32, copy=True)`: a new tensor even where nothing changes (the helper's)
    dtype = None
    if args and _is_device(fc, args[0]):
        args = args[1:]  # .to(device, dtype, ...)
    if args:
        dtype = _dtype_of(fc, args[0])
        if dtype is None:
            return None
        if any(not (isinstance(a, ast.Constant) and isinstance(a.value, bool)) for a in args[1:]):
            return None  # non_blocking/copy positional flags only
        if len(args) > 2 and not _is_false(args[2]):
            return None  # copy=True by position
    if dtype_kw:
        if dtype is not None or _dtype_of(fc, dtype_kw[0]) is None:
            return None
        dtype = _dtype_of(fc, dtype_kw[0])
    return dtype or ""


def _is_false(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value is False


drop_device_move.applies = _applies
