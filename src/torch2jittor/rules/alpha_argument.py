"""`x.add(y, alpha=a)`, `p.data.add_(g, alpha=-lr)`: Jittor's add/sub take no `alpha`.

Without `alpha` the entry's plain Var method stays; with it the call goes to a helper taking
PyTorch's arguments (`t2j.add(x, y, alpha=a)`, `t2j.tensor_add_(p, g, alpha=-lr)`: in place,
returning the receiver), so the manual SGD step of PyTorch's examples keeps its scale.
"""
from __future__ import annotations

import ast

from ..call_arguments import rewrite_call
from . import register

# Tensor method -> the helper-module function taking (receiver, other, alpha=...)
ALPHA_HELPERS = {"add": "add", "sub": "sub", "subtract": "sub", "add_": "tensor_add_", "sub_": "tensor_sub_"}


@register("alpha_helper")
def alpha_helper(fc, call: ast.Call, entry, ctx):
    if not any(k.arg == "alpha" and not _is_one(k.value) for k in call.keywords):
        rewrite_call(fc, call, entry, None)  # no alpha, or PyTorch's default restated: dropped
        return None
    from .gradients import as_function_call

    return None if as_function_call(fc, call, ALPHA_HELPERS[call.func.attr], entry.key) else False


def _is_one(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) in (int, float) and node.value == 1
