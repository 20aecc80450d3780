"""Index forms PyTorch takes and Jittor's getitem/setitem refuse.

    x[range(n), y] = v        ->  x[list(range(n)), y] = v
    x[[True, False, True]]    ->  x[jt.array([True, False, True])]     (x a provable tensor)

Jittor 1.3 raises on a `range` in an index ("type <range> not support for jittor array");
PyTorch and numpy read it as the list of its integers, so the list means the same to any receiver
(a list or dict indexed by a range was an error already). A list literal of bools is a mask to
PyTorch; Jittor raises and asks for a bool Var. Only on provable tensors: a numpy array takes the
list as it is.

    x[10:], x[-100:], x[7::2]  ->  as written, with the helper package imported

Jittor raises for a slice starting past either end and gives an element for an empty slice with a
step; the helper package's Var indexing clamps slices as Python does (jittor_compat/_index_slices.py).
So a file whose slices could be out of range imports it, whatever the receiver (for a list the
import changes nothing).
"""
from __future__ import annotations

import ast

from . import register


def _elements(index: ast.AST) -> list[ast.AST]:
    return list(index.elts) if isinstance(index, ast.Tuple) else [index]


def _is_range(conv, node: ast.AST) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range"
            and not node.keywords and conv.resolver.is_builtin("range", conv.ctx.scope))


def _is_bool_list(node: ast.AST) -> bool:
    return (isinstance(node, ast.List) and bool(node.elts)
            and all(isinstance(e, ast.Constant) and isinstance(e.value, bool) for e in node.elts))


def _int_literal(node: ast.AST | None) -> int | None:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        value = _int_literal(node.operand)
        return None if value is None else -value
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    return None


def _may_leave_range(element: ast.AST) -> bool:
    """A slice Jittor may refuse or misread for some length: any start but 0, any step but 1, a stop
    that is not a non-negative int literal (`x[:n]`, `x[:-1]` of a short tensor)."""
    if not isinstance(element, ast.Slice):
        return False
    if element.lower is not None and _int_literal(element.lower) != 0:
        return True
    if element.step is not None and _int_literal(element.step) != 1:
        return True
    if element.upper is None:
        return False
    stop = _int_literal(element.upper)
    return stop is None or stop < 0


@register(ast.Subscript)
def index_forms(conv, node: ast.Subscript) -> None:
    if not conv.uses_torch:
        return
    edits, src = conv.fc.edits, conv.fc.src
    tensor = conv.ctx.types is not None and conv.ctx.types.is_tensor(node.value)
    for element in _elements(node.slice):
        if _may_leave_range(element) and b"jittor_compat" not in conv.fc.src.data:
            conv.fc.needed.add("t2j")  # (a converted file imports it already: converting again adds none)
        if _is_range(conv, element):
            edits.insert(src.start(element), "list(")
            edits.insert(src.end(element), ")")
        elif tensor and _is_bool_list(element):
            conv.fc.needed.add("jt")
            edits.insert(src.start(element), f"{conv.fc.aliases.get('jt', 'jt')}.array(")
            edits.insert(src.end(element), ")")
