"""`x.size()` -> `x.shape`, `x.size(i)` -> `x.shape[i]` (tensors only; see typeinfer.py)."""
from __future__ import annotations

import ast

from . import register


@register("size_to_shape")
def size_to_shape(fc, call: ast.Call, entry, ctx) -> None:
    args = list(call.args) + [k.value for k in call.keywords if k.arg == "dim"]
    if len(args) > 1 or any(k.arg != "dim" for k in call.keywords) or any(isinstance(a, ast.Starred) for a in args):
        return
    # From the method name on: the dot and anything before it (comments too) stay as written.
    start, end = fc.src.end(call.func) - len(b"size"), fc.src.end(call)
    inner = (fc.src.start(args[0]), fc.src.end(args[0])) if args else None
    outside = fc.has_comment(start, inner[0]) or fc.has_comment(inner[1], end) if inner else fc.has_comment(start, end)
    if outside:
        return  # a comment around the argument would be lost: Jittor's Var has size() too
    new = "shape" if not args else f"shape[{fc.text(args[0])}]"
    fc.edits.replace(start, end, new)
