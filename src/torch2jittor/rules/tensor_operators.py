"""`a // b` and `a % b` on tensors: PyTorch floors, Jittor's operators truncate.

Measured on Jittor 1.3.11: for int64 [7, -7, 5], `a // 2` gives [3, -3, 2] (PyTorch [3, -4, 2])
and `a % 3` gives [1, -1, 2] (PyTorch [1, 2, 2]); for float32 `f // 2` gives int32 truncated
values (PyTorch float32 floored). Where either operand is a provable tensor the operator becomes
the helper module's floor_divide / remainder, which follow PyTorch (values and dtype);
`x //= 2` writes the result into x as PyTorch's in-place operator does.

`~mask`: jittor.Var has no `__invert__` (TypeError: bad operand type for unary ~); on a provable
tensor it becomes the helper's tensor_bitwise_not (logical not for bool, bitwise not for integers).
"""
from __future__ import annotations

import ast

from . import register

HELPERS = {ast.FloorDiv: "floor_divide", ast.Mod: "remainder"}


def _tensor_operand(conv, left: ast.AST, right: ast.AST) -> bool:
    types = conv.ctx.types
    if types is None or not conv.uses_torch:
        return False
    if isinstance(left, (ast.JoinedStr, ast.Constant)) and not isinstance(getattr(left, "value", 0), (int, float)):
        return False  # "%d" % x: string formatting
    return types.is_tensor(left) or types.is_tensor(right)


@register(ast.BinOp)
def floor_operators(conv, node: ast.BinOp) -> None:
    helper = HELPERS.get(type(node.op))
    if helper is None or not _tensor_operand(conv, node.left, node.right):
        return
    fc = conv.fc
    left = fc.edits.render(fc.src.start(node.left), fc.src.end(node.left))
    right = fc.edits.render(fc.src.start(node.right), fc.src.end(node.right))
    fc.edits.replace(fc.src.start(node), fc.src.end(node), f"{fc.helper(helper)}({left}, {right})")
    fc.converted.append((node.lineno, fc.src.char_col(node.lineno, node.col_offset),
                         f"torch.Tensor.__{helper.replace('remainder', 'mod').replace('floor_divide', 'floordiv')}__",
                         f"jittor_compat.{helper}"))


@register(ast.AugAssign)
def floor_operators_in_place(conv, node: ast.AugAssign) -> None:
    helper = HELPERS.get(type(node.op))
    if helper is None or not isinstance(node.target, ast.Name) or not _tensor_operand(conv, node.target, node.value):
        return
    fc = conv.fc
    target = node.target.id
    value = fc.edits.render(fc.src.start(node.value), fc.src.end(node.value))
    t2j = fc.helper()
    fc.edits.replace(fc.src.start(node), fc.src.end(node), f"{t2j}.inplace_({target}, {t2j}.{helper}({target}, {value}))")
    fc.converted.append((node.lineno, fc.src.char_col(node.lineno, node.col_offset),
                         f"torch.Tensor.__i{helper.replace('remainder', 'mod').replace('floor_divide', 'floordiv')}__",
                         f"jittor_compat.{helper}"))


@register(ast.UnaryOp)
def invert_operator(conv, node: ast.UnaryOp) -> None:
    if not isinstance(node.op, ast.Invert) or not _tensor_operand(conv, node.operand, node.operand):
        return
    fc = conv.fc
    operand = fc.edits.render(fc.src.start(node.operand), fc.src.end(node.operand))
    fc.edits.replace(fc.src.start(node), fc.src.end(node), f"{fc.helper('tensor_bitwise_not')}({operand})")
    fc.converted.append((node.lineno, fc.src.char_col(node.lineno, node.col_offset), "torch.Tensor.__invert__",
                         "jittor_compat.tensor_bitwise_not"))
