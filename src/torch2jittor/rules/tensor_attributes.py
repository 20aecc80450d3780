"""`x.T`, `x.mT`: Jittor's Var has neither attribute.

`x.T` reverses all dimensions (PyTorch's meaning for any rank), which is Jittor's
`x.transpose()` with no arguments; `x.mT` swaps the last two, `x.transpose(-2, -1)`. `x.H` and
`x.mH` are the same on real tensors (Jittor has no complex dtypes). Applied to provable tensors
and parameter-named attributes (`self.weight.T`) only: `frame.T` on a user object stays.
"""
from __future__ import annotations

import ast

from . import register
from .tensor_data import holds_tensor

TRANSPOSE_ATTRIBUTES = {"T": "transpose()", "H": "transpose()", "mT": "transpose(-2, -1)", "mH": "transpose(-2, -1)"}


@register(ast.Attribute)
def transpose_attribute(conv, node: ast.Attribute) -> None:
    if node.attr not in TRANSPOSE_ATTRIBUTES or not conv.uses_torch:
        return
    if isinstance(node.ctx, ast.Load) and holds_tensor(conv.ctx, node.value):
        end = conv.fc.src.end(node)
        conv.fc.edits.replace(end - len(node.attr.encode("utf-8")), end, TRANSPOSE_ATTRIBUTES[node.attr])
