"""`x.size()` -> `x.shape`, `x.size(i)` -> `x.shape[i]` (tensors only; see typeinfer.py)."""
from __future__ import annotations

import ast

from . import register


@register("size_to_shape")
def size_to_shape(fc, call: ast.Call, entry, ctx) -> None:
    args = list(call.args) + [k.value for k in call.keywords if k.arg == "dim"]
    if len(args) > 1 or any(k.arg != "dim" for k in call.keywords) or any(isinstance(a, ast.Starred) for a in args):
        return
    new = ".shape" if not args else f".shape[{fc.text(args[0])}]"
    fc.edits.replace(fc.dot_before_attr(call.func), fc.src.end(call), new)
