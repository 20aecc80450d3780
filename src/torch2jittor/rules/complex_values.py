"""Complex numbers given to torch: Jittor has no complex dtypes.

`torch.tensor([1 + 2j, 3.0])`, `torch.full((2,), 1j)`, `x * 1j` on a tensor: a complex literal in
the arguments of a torch call, or an operand of arithmetic on a provable tensor, is reported as an
unsupported argument (the helpers would raise, or compute the real part only, at run time).
"""
from __future__ import annotations

import ast

from .. import diagnostics as D
from . import register

_REASON = "Jittor has no complex dtypes"


def _complex_literal(node: ast.AST) -> ast.Constant | None:
    for n in ast.walk(node):
        if isinstance(n, ast.Constant) and isinstance(n.value, complex):
            return n
    return None


@register(ast.Call)
def complex_arguments(conv, node: ast.Call) -> None:
    if not conv.uses_torch:
        return
    q = conv.qualname(node.func)
    if not q or not q.startswith("torch."):
        return
    for arg in list(node.args) + [k.value for k in node.keywords]:
        literal = _complex_literal(arg)
        if literal is not None:
            conv.fc.diag(D.UNSUPPORTED_ARGUMENT, literal, f"{q}: a complex value is not supported ({_REASON})", q)
            conv.fc.mark(node, q)
            return


@register(ast.BinOp)
def complex_operand(conv, node: ast.BinOp) -> None:
    types = conv.ctx.types
    if not conv.uses_torch or types is None:
        return
    for operand, other in ((node.left, node.right), (node.right, node.left)):
        if (isinstance(operand, ast.Constant) and isinstance(operand.value, complex)
                and types.is_tensor(other)):
            conv.fc.diag(D.UNSUPPORTED_ARGUMENT, operand,
                         f"a complex operand of tensor arithmetic is not supported ({_REASON})", "torch.Tensor")
            conv.fc.mark(node, "torch.Tensor")
            return
