"""`x[i] = v` -> `x[i, ...] = v` on tensors: Jittor 1.3.11's setitem mis-broadcasts.

With a single index that is not a tuple, Jittor writes a broadcast value into the first element
only: for a 2x3x4 Var, `w[0] = 1.0` sets w[0, 0, 0], `w[1:] = 1.0` and `w[0] = ones(4)` are wrong
the same way (measured; tests/rules/test_tensor_data.py). The same index with a trailing `...`
is a tuple, means the same in PyTorch, and Jittor gets it right. Applied to assignment targets
indexing a provable tensor or parameter; other containers (lists, dicts, arrays) stay as written.
"""
from __future__ import annotations

import ast

from . import register
from .tensor_data import PARAMETER_ATTRIBUTES, holds_tensor, is_data, is_written_back


def needs_ellipsis(ctx, target: ast.Subscript) -> bool:
    index = target.slice
    if isinstance(index, (ast.Tuple, ast.Starred)):
        return False
    if isinstance(index, ast.Constant) and (index.value is Ellipsis or index.value is None):
        return False
    if isinstance(index, (ast.Constant, ast.JoinedStr)) and isinstance(getattr(index, "value", ""), str):
        return False  # `out["aux"] = y`: a string indexes a dict (a module's output), never a tensor
    owner = target.value
    if is_data(owner):
        return holds_tensor(ctx, owner.value)  # `p.data[i] = v`, as tensor_data.py decides
    if ctx.types is not None and ctx.types.is_tensor(owner):
        return True
    # `self.weight[i] = v`; not `self.loss_weight[i]`, which may well be a list (a trailing `...`
    # would break a list or a dict)
    return isinstance(owner, ast.Attribute) and owner.attr in PARAMETER_ATTRIBUTES


@register(ast.Subscript)
def add_ellipsis(conv, target: ast.Subscript) -> None:
    # A target written back by `x[i] = x[i].zero_()` gets a value of its own full shape.
    if (isinstance(target.ctx, ast.Store) and conv.uses_torch and not is_written_back(conv, target)
            and needs_ellipsis(conv.ctx, target)):
        conv.fc.edits.insert(conv.fc.src.end(target.slice), ", ...")
