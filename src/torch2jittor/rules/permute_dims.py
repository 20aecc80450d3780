"""`x.permute(0, 2, 1)` stays Jittor's own permute; `x.permute(0, -1, 1)` (or dims held in a
variable, which may be negative) becomes `t2j.tensor_permute(x, 0, -1, 1)`: Jittor's permute takes
no negative dims."""
from __future__ import annotations

import ast

from . import DEFAULT_CONVERSION, register


def _literal_dims(call: ast.Call) -> bool:
    args = call.args
    if len(args) == 1 and isinstance(args[0], (ast.Tuple, ast.List)):
        args = args[0].elts
    return not call.keywords and all(
        isinstance(a, ast.Constant) and type(a.value) is int and a.value >= 0 for a in args)


@register("permute_dims")
def permute_dims(fc, call: ast.Call, entry, ctx):
    if _literal_dims(call):
        return None  # Jittor's own permute, as written
    return DEFAULT_CONVERSION  # the entry's helper
