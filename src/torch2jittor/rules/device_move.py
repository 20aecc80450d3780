"""`.cuda()`, `.cpu()`, `.to(device)` are dropped; `.to(torch.float16)` becomes `.float16()`.

Jittor places every Var according to `jt.flags.use_cuda`, so moving data has no equivalent.
Applied to provable tensors and modules, or when the argument is plainly a device. A statement
left doing nothing (`x = x`, `data, target = data, target`, a bare `model`) goes whole.
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


def _dtype_of(fc, ctx, node: ast.AST) -> str | None:
    q = fc_resolve(fc, ctx, node)
    if q and q.startswith("torch.") and q.count(".") == 1:
        return DTYPE_METHODS.get(q.split(".")[1])
    return None


def fc_resolve(fc, ctx, node):
    return fc.resolve(node)


def _looks_like_device(fc, ctx, node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value in ("cpu", "cuda") or node.value.startswith("cuda:")
    if isinstance(node, ast.Name):
        return "device" in node.id.lower()
    if isinstance(node, ast.Attribute):
        return "device" in node.attr.lower()
    if isinstance(node, ast.Call):
        return (fc_resolve(fc, ctx, node.func) or "") == "torch.device"
    return False


def _applies(fc, call: ast.Call, ctx) -> bool:
    receiver = call.func.value
    types = ctx.types
    if types is not None and (types.is_tensor(receiver) or types.is_module(receiver)):
        return True
    args = list(call.args) + [k.value for k in call.keywords if k.arg in ("device", "dtype")]
    return bool(args) and all(_looks_like_device(fc, ctx, a) or _dtype_of(fc, ctx, a) for a in args[:1])


@register("drop_device_move")
def drop_device_move(fc, call: ast.Call, entry, ctx) -> None:
    dtype = None
    if call.func.attr == "to":
        candidates = list(call.args) + [k.value for k in call.keywords if k.arg == "dtype"]
        dtypes = [d for d in (_dtype_of(fc, ctx, a) for a in candidates) if d]
        dtype = dtypes[0] if dtypes else None
    new = f".{dtype}()" if dtype else ""
    start, end = fc.dot_before_attr(call.func), fc.src.end(call)
    if fc.has_comment(start, end):
        fc.diag(D.NOTE, call, f".{call.func.attr}(...) holds a comment: left as written", f"torch.Tensor.{call.func.attr}")
        return
    fc.edits.replace(start, end, new)
    if not new and isinstance(fc.stmt, (ast.Assign, ast.Expr)):
        fc.maybe_emptied[id(fc.stmt)] = fc.stmt


drop_device_move.applies = _applies
